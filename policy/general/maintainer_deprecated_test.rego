package ferrolint.general.maintainer_deprecated_test

import data.ferrolint.general.maintainer_deprecated as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

test_maintainer_fires_with_a_label_fix if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", [fx.other("MAINTAINER", `Jo "J" Doe`)])])
	some f in fs
	f.message == "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors"
	f.range == fx.rng(2, 1, 22)
	f.fix.edits == [{"range": fx.rng(2, 1, 22), "new_text": `LABEL org.opencontainers.image.authors="Jo \"J\" Doe"`}]
}

test_label_is_clean if {
	count(rule.findings) == 0 with input as fx.doc([fx.stage("debian:12", "", [fx.other("LABEL", "a=b")])])
}
