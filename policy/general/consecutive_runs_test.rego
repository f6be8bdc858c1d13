package ferrolint.general.consecutive_runs_test

import data.ferrolint.general.consecutive_runs as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

test_two_single_command_runs_fire_on_the_second if {
	lint([fx.run("mkdir /app"), fx.run("chown app /app")]) == {{
		"message": "RUN right after the RUN on line 2: join them with && into one layer",
		"range": fx.rng(3, 1, 19),
	}}
	count(lint([fx.run("mkdir /a"), fx.run("mkdir /b"), fx.run("mkdir /c")])) == 2
}

test_chains_mounts_and_separated_runs_are_clean if {
	count(lint([fx.run("mkdir /app && cd /app"), fx.run("chown app /app")])) == 0
	count(lint([fx.run_cache("/root/.cache", "pip install -r r.txt"), fx.run("chown app /app")])) == 0
	count(lint([fx.run("mkdir /app"), fx.copy("app /app/"), fx.run("chown app /app")])) == 0
}

test_builder_stages_are_clean if {
	fs := rule.findings with input as fx.doc([
		fx.stage("rust:1", "build", [fx.run("cargo fetch"), fx.run("cargo build --release")]),
		fx.stage("debian:12", "", [fx.copy("--from=build /app /app")]),
	])
	count(fs) == 0
}

test_stages_the_final_one_builds_on_fire if {
	fs := rule.findings with input as fx.doc([
		fx.stage("debian:12", "base", [fx.run("mkdir /a"), fx.run("mkdir /b")]),
		fx.stage("base", "", [fx.cmd("[\"app\"]")]),
	])
	count(fs) == 1
}
