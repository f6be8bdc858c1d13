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
	fs == {{
		"message": "stage name Build should be lower case (build)",
		"range": fx.rng(1, 19, 24),
		"fix": {"description": "write build here and where it is referenced", "safe": true, "edits": [{"range": fx.rng(1, 19, 24), "new_text": "build"}]},
	}}
	count(name_casing.findings) == 0 with input as named([["FROM", "AS", "build"]])
}

mount_flag := "--mount=type=bind,from=BUILD,target=/src"

# referenced: stage Build, then a stage FROM Build with COPY --from=Build, ADD --from=other
# and a RUN --mount from=BUILD (the lines 1 to 5).
referenced := json.patch(fx.doc([
	fx.stage("debian:12", "Build", []),
	fx.stage("Build", "", [fx.copy("--from=Build /a /b"), fx.add("--from=other /c /d"), fx.run("make")]),
]), [
	{"op": "replace", "path": "/stages/0/instructions/0/args", "value": [
		{"value": "debian:12", "range": fx.rng(1, 6, 15)},
		{"value": "AS", "range": fx.rng(1, 16, 18)},
		{"value": "Build", "range": fx.rng(1, 19, 24)},
	]},
	{"op": "replace", "path": "/stages/1/instructions/3/original", "value": concat(" ", ["RUN", mount_flag, "make"])},
	{"op": "replace", "path": "/stages/1/instructions/3/flags", "value": [{"name": "mount", "value": substring(mount_flag, 8, -1), "range": fx.rng(5, 5, 5 + count(mount_flag))}]},
	{"op": "replace", "path": "/stages/1/instructions/3/mounts", "value": [{"type": "bind", "target": "/src", "source": "", "from": "BUILD", "id": "", "sharing": "", "readonly": false, "range": fx.rng(5, 5, 5 + count(mount_flag))}]},
])

test_fix_lower_cases_every_reference if {
	fs := name_casing.findings with input as referenced
	[f.fix.edits | some f in fs] == [[
		{"range": fx.rng(1, 19, 24), "new_text": "build"},
		{"range": fx.rng(2, 6, 11), "new_text": "build"},
		{"range": fx.rng(3, 6, 18), "new_text": "--from=build"},
		{"range": fx.rng(5, 5, 45), "new_text": "--mount=type=bind,from=build,target=/src"},
	]]
}

test_references_in_lower_case_or_to_other_stages_are_left if {
	doc := json.patch(referenced, [
		{"op": "replace", "path": "/stages/1/instructions/1/flags/0/value", "value": "build"},
		{"op": "replace", "path": "/stages/1/instructions/1/original", "value": "COPY --from=build /a /b"},
		{"op": "replace", "path": "/stages/1/instructions/3/mounts/0/from", "value": "Other"},
	])
	fs := name_casing.findings with input as doc
	[f.fix.edits | some f in fs] == [[
		{"range": fx.rng(1, 19, 24), "new_text": "build"},
		{"range": fx.rng(2, 6, 11), "new_text": "build"},
	]]
}
