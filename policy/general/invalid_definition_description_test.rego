package ferrolint.general.invalid_definition_description_test

import data.ferrolint.general.invalid_definition_description as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

comment(text, line) := {"text": text, "range": fx.rng(line, 1, count(text) + 3)}

# stage_doc: FROM debian:13 AS build (line 1) with comments, then ARG line 2 with comments.
stage_doc(from_comments, arg_text, arg_comments) := json.patch(fx.doc([fx.stage("debian:13", "build", [fx.arg(arg_text)])]), [
	{"op": "add", "path": "/stages/0/instructions/0/comments", "value": from_comments},
	{"op": "add", "path": "/stages/0/instructions/0/args", "value": [
		{"value": "debian:13", "range": fx.rng(1, 6, 15)},
		{"value": "AS", "range": fx.rng(1, 16, 18)},
		{"value": "build", "range": fx.rng(1, 19, 24)},
	]},
	{"op": "add", "path": "/stages/0/instructions/1/comments", "value": arg_comments},
])

lint(doc) := fs if {
	fs := rule.findings with input as doc
}

test_stage_comment_not_starting_with_its_name_fires if {
	lint(stage_doc([comment("compile the binary", 0)], "V=1", [])) == {{
		"message": "the comment above stage build does not describe it: start it with the name (`# build <description>`), or end an unrelated comment with a bare `#` line",
		"range": fx.rng(1, 19, 24),
	}}
}

test_only_the_last_comment_line_counts if {
	count(lint(stage_doc([comment("build compiles", 0), comment("the binary", 0)], "V=1", []))) == 1
	count(lint(stage_doc([comment("unrelated", 0), comment("build compiles the binary", 0)], "V=1", []))) == 0
}

test_no_comment_is_clean if {
	count(lint(stage_doc([], "V=1", []))) == 0
}

test_arg_comment_fires_and_names_the_key if {
	lint(stage_doc([], "V=1", [comment("version", 1)])) == {{
		"message": "the comment above ARG V does not describe it: start it with the name (`# V <description>`), or end an unrelated comment with a bare `#` line",
		"range": fx.rng(2, 5, 8),
	}}
}

test_arg_with_several_keys_takes_any if {
	count(lint(stage_doc([], "A=1 B=2", [comment("B the second", 1)]))) == 0
	lint(stage_doc([], "A=1 B=2", [comment("a and b", 1)])) == {{
		"message": "the comment above ARG A B does not describe it: start it with the name (`# <arg_key> <description>`), or end an unrelated comment with a bare `#` line",
		"range": fx.rng(2, 5, 8),
	}}
}

test_the_name_is_case_sensitive_and_ends_at_a_space if {
	count(lint(stage_doc([], "V=1", [comment("v the version", 1)]))) == 1
	count(lint(stage_doc([], "V=1", [comment("V: the version", 1)]))) == 1
	count(lint(stage_doc([], "V=1", [comment("V", 1)]))) == 0
}

global_doc(args) := object.union(fx.doc([fx.stage("debian:13", "", [])]), {"global_args": args})

global_arg(key, line, col, comments) := {"key": key, "value": "", "raw": "", "has_value": false, "range": fx.rng(line, col, col + count(key)), "comments": comments}

test_global_args_of_one_instruction_share_the_comment if {
	c := [comment("RUST_VERSION the toolchain", 1)]
	count(lint(global_doc([global_arg("RUST_VERSION", 2, 5, c), global_arg("DEBIAN", 2, 18, c)]))) == 0
	d := [comment("the toolchain", 1)]
	lint(global_doc([global_arg("RUST_VERSION", 2, 5, d), global_arg("DEBIAN", 2, 18, d), global_arg("OTHER", 3, 5, [])])) == {{
		"message": "the comment above ARG RUST_VERSION DEBIAN does not describe it: start it with the name (`# <arg_key> <description>`), or end an unrelated comment with a bare `#` line",
		"range": {"line": 2, "column": 5, "end_line": 2, "end_column": 24},
	}}
}
