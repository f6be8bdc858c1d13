package ferrolint.general.ln_bin_sh_test

import data.ferrolint.general.ln_bin_sh as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

test_ln_over_bin_sh_fires if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", [fx.run("ln -sf /bin/bash /bin/sh")])])
	fs == {{"message": "ln over /bin/sh changes the shell of the whole image: use SHELL for the RUN instructions", "range": fx.rng(2, 5, 29)}}
}

test_other_links_are_clean if {
	count(rule.findings) == 0 with input as fx.doc([fx.stage("debian:12", "", [fx.run("ln -s /bin/sh /usr/local/bin/sh")])])
}
