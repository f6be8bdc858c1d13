package ferrolint.general.stage_name_casing_test

import data.ferrolint.general.stage_name_casing as name_casing
import data.ferrolint.lib.fixtures as fx
import rego.v1

# named(froms): one stage per [keyword, as, name] triple, e.g. ["FROM", "as", "Build"].
named(froms) := json.patch(fx.doc([fx.stage("debian:12", lower(f[2]), []) | some f in froms]), [p |
	some i, f in froms
	some p in [
		{"op": "replace", "path": sprintf("/stages/%d/instructions/0/args", [i]), "value": [
			{"value": "debian:12", "range": fx.rng(i + 1, 6, 15)},
			{"value": f[1], "range": fx.rng(i + 1, 16, 18)},
			{"value": f[2], "range": fx.rng(i + 1, 19, 19 + count(f[2]))},
		]},
		{"op": "replace", "path": sprintf("/stages/%d/instructions/0/original", [i]), "value": concat(" ", [f[0], "debian:12", f[1], f[2]])},
	]
])

test_stage_name_casing if {
	fs := name_casing.findings with input as named([["FROM", "AS", "Build"]])
	fs == {{"message": "stage name Build should be lower case (build)", "range": fx.rng(1, 19, 24)}}
	count(name_casing.findings) == 0 with input as named([["FROM", "AS", "build"]])
}
