package ferrolint.general.empty_continuation_test

import data.ferrolint.general.empty_continuation as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

test_blank_line_inside_a_continuation_fires if {
	doc := json.patch(fx.doc([fx.stage("debian:12", "", [fx.run("a b")])]), [{"op": "replace", "path": "/stages/0/instructions/1/original", "value": "RUN a \\\n\n  b"}])
	fs := rule.findings with input as doc
	fs == {{"message": "empty line inside a continued instruction: remove it", "range": fx.rng(3, 1, 1)}}
}

test_single_line_is_clean if {
	count(rule.findings) == 0 with input as fx.doc([fx.stage("debian:12", "", [fx.run("a b")])])
}
