package ferrolint.general.apt_instead_of_apt_get_test

import data.ferrolint.general.apt_instead_of_apt_get as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

test_apt_fires if {
	lint([fx.run("apt install -y curl")]) == {{"message": "apt install: use apt-get, whose command line is stable for scripts", "range": fx.rng(2, 5, 24)}}
}

test_apt_get_and_apt_cache_are_clean if {
	count(lint([fx.run("apt-get install -y curl && apt-cache policy curl")])) == 0
}
