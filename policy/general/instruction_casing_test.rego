package ferrolint.general.instruction_casing_test

import data.ferrolint.general.instruction_casing as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

test_minority_case_fires if {
	doc := json.patch(fx.doc([fx.stage("debian:12", "", [fx.run("make"), fx.run("make install")])]), [{"op": "replace", "path": "/stages/0/instructions/2/original", "value": "run make install"}])
	fs := rule.findings with input as doc
	[[f.message, f.range] | some f in fs] == [["run should be written RUN, like most instructions in this file", fx.rng(3, 1, 4)]]
}

test_consistent_case_is_clean if {
	count(rule.findings) == 0 with input as fx.doc([fx.stage("debian:12", "", [fx.run("make")])])
}
