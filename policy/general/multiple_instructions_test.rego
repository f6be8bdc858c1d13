package ferrolint.general.multiple_instructions_test

import data.ferrolint.general.multiple_instructions as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(specs) := fs if {
	fs := rule.findings with input as fx.doc(specs)
}

test_earlier_cmd_fires if {
	lint([fx.stage("debian:12", "", [fx.cmd(`["a"]`), fx.cmd(`["b"]`), fx.cmd(`["c"]`)])]) == {
		{"message": "CMD is overridden by the CMD on line 4: only the last one in a stage counts", "range": fx.rng(2, 1, 10)},
		{"message": "CMD is overridden by the CMD on line 4: only the last one in a stage counts", "range": fx.rng(3, 1, 10)},
	}
}

test_one_per_stage_is_clean if {
	count(lint([
		fx.stage("debian:12", "a", [fx.cmd(`["a"]`), fx.entrypoint(`["x"]`)]),
		fx.stage("debian:12", "", [fx.cmd(`["b"]`)]),
	])) == 0
}
