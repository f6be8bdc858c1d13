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
