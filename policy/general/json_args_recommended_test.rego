package ferrolint.general.json_args_recommended_test

import data.ferrolint.general.json_args_recommended as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(specs) := fs if {
	fs := rule.findings with input as fx.doc(specs)
}

test_shell_form_in_final_stage_fires if {
	lint([fx.stage("debian:12", "", [fx.cmd("app --port 80")])]) == {{"message": "CMD in shell form runs under /bin/sh, which does not pass signals on: use the JSON form", "range": fx.rng(2, 1, 18)}}
	count(lint([fx.stage("debian:12", "", [fx.entrypoint("app")])])) == 1
}

test_exec_form_exec_shell_and_builder_stages_are_clean if {
	count(lint([fx.stage("debian:12", "", [fx.cmd(`["app"]`)])])) == 0
	count(lint([fx.stage("debian:12", "", [fx.cmd("exec app --port $PORT")])])) == 0
	count(lint([fx.stage("debian:12", "", [fx.other("SHELL", `["/bin/bash", "-c"]`), fx.cmd("app")])])) == 0
	count(lint([fx.stage("debian:12", "b", [fx.cmd("app")]), fx.stage("debian:12", "", [fx.cmd(`["app"]`)])])) == 0
}

# one_line(kw, text): a stage whose only instruction is "kw text" on line 2, with the
# argument's range as the parser gives it (after the keyword and a space).
one_line(kw, text) := json.patch(fx.doc([fx.stage("debian:12", "", [fx.other(kw, text)])]), [
	{"op": "replace", "path": "/stages/0/instructions/1/form", "value": "shell"},
	{"op": "replace", "path": "/stages/0/instructions/1/args", "value": [{"value": text, "range": fx.rng(2, count(kw) + 2, (count(kw) + 2) + count(text))}]},
	{"op": "replace", "path": "/stages/0/instructions/1/commands", "value": fx.shell_commands(2, count(kw) + 2, text)},
])

fixes_of(doc) := [f.fix | some f in rule.findings with input as doc]

test_plain_command_is_fixed_to_the_exec_form if {
	fixes_of(one_line("CMD", "gunicorn --bind 0.0.0.0:8000 app:app")) == [{
		"description": "write the command as a JSON array",
		"safe": true,
		"edits": [{"range": fx.rng(2, 5, 41), "new_text": `["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]`}],
	}]
	fixes_of(one_line("ENTRYPOINT", "/usr/local/bin/app  --port=80")) == [{
		"description": "write the command as a JSON array",
		"safe": true,
		"edits": [{"range": fx.rng(2, 12, 41), "new_text": `["/usr/local/bin/app", "--port=80"]`}],
	}]
}

test_shell_syntax_gets_no_fix if {
	some text in [
		"app --port $PORT", "app 'a b'", `app "a"`, `app a\ b`, "app *.conf", "app ~/x", "app a~b?",
		"app > /log", "app | tee x", "a && b", "app; b", "(app)", "app {a,b}", "app # c", "app `x`",
		"cd /app", "FOO=1 app", "time app", "app [x]", "app <x", "app &",
	]
	fs := rule.findings with input as one_line("CMD", text)
	count(fs) == 1
	some f in fs
	not f.fix
}

test_a_tilde_inside_a_word_is_plain if {
	fixes_of(one_line("CMD", "app a~b"))[0].edits[0].new_text == `["app", "a~b"]`
}

test_entrypoint_with_a_cmd_and_cmd_with_an_entrypoint_get_no_fix if {
	doc := fx.doc([
		fx.stage("debian:12", "base", [fx.entrypoint(`["tini", "--"]`)]),
		fx.stage("base", "", [fx.cmd("app")]),
	])
	fs := rule.findings with input as doc
	count(fs) == 1
	every f in fs { not f.fix }
	doc2 := fx.doc([fx.stage("debian:12", "", [fx.entrypoint("app"), fx.cmd(`["--port", "80"]`)])])
	fs2 := rule.findings with input as doc2
	count(fs2) == 1
	every f in fs2 { not f.fix }
}

test_source_text_differing_from_the_value_gets_no_fix if {
	doc := json.patch(one_line("CMD", "app run"), [{"op": "replace", "path": "/stages/0/instructions/1/range/end_line", "value": 3}])
	fs := rule.findings with input as doc
	count(fs) == 1
	every f in fs { not f.fix }
}

test_entrypoint_with_a_cmd_in_a_later_stage_gets_no_fix if {
	doc := fx.doc([
		fx.stage("debian:12", "base", [fx.entrypoint("app")]),
		fx.stage("base", "", [fx.cmd(`["--port", "80"]`)]),
	])
	fs := rule.findings with input as doc
	count(fs) == 1
	every f in fs { not f.fix }
}
