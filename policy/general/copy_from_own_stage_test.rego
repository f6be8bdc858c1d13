package ferrolint.general.copy_from_own_stage_test

import data.ferrolint.general.copy_from_own_stage as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

test_own_stage_fires if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "build", [fx.copy("--from=build /a /b")])])
	fs == {{"message": "COPY --from=build names the stage it is in", "range": fx.rng(2, 6, 18)}}
}

test_other_stage_is_clean if {
	count(rule.findings) == 0 with input as fx.doc([fx.stage("debian:12", "build", []), fx.stage("debian:12", "", [fx.copy("--from=build /a /b")])])
}
