package ferrolint.general.pipefail_test

import data.ferrolint.general.pipefail as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

with_shell(argv, run) := fs if {
	doc := json.patch(fx.doc([fx.stage("debian:12", "", [fx.other("SHELL", "x"), fx.run(run)])]), [{
		"op": "replace", "path": "/stages/0/instructions/1/args",
		"value": [{"value": a, "range": fx.rng(2, 7, 8)} | some a in argv],
	}])
	fs := rule.findings with input as doc
}

test_pipe_fires if {
	lint([fx.run("curl -fsSL https://x | tar -xz")]) == {{"message": "curl | tar: the RUN succeeds even if curl fails; set -o pipefail", "range": fx.rng(2, 5, 35)}}
}

test_or_and_echo_pipes_are_clean if {
	count(lint([fx.run("make || true")])) == 0
	count(lint([fx.run("echo y | apt-get install foo")])) == 0
}

test_set_pipefail_before_the_pipe_is_clean if {
	count(lint([fx.run("set -euo pipefail ; curl -fsSL https://x | tar -xz")])) == 0
	count(lint([fx.run("curl -fsSL https://x | tar -xz ; set -o pipefail")])) == 1
}

test_shell_with_pipefail_is_clean if {
	count(with_shell(["/bin/bash", "-o", "pipefail", "-c"], "curl https://x | tar -xz")) == 0
	count(with_shell(["/bin/bash", "-euxo", "pipefail", "-c"], "curl https://x | tar -xz")) == 0
	count(with_shell(["pwsh", "-Command"], "curl https://x | tar -xz")) == 0
	count(with_shell(["/bin/bash", "-c"], "curl https://x | tar -xz")) == 1
}

# wrapped(text, cmds, shell): RUN <text> on line 2 whose commands are given as
# [name, args, column, end column, wrapped]; shell is the SHELL before it ([] for none).
wrapped(text, cmds, shell) := fs if {
	body := array.concat([fx.other("SHELL", "x") | count(shell) > 0], [fx.run(text)])
	k := count(body)
	doc := json.patch(fx.doc([fx.stage("debian:12", "", body)]), array.concat(
		[{"op": "replace", "path": sprintf("/stages/0/instructions/%d/commands", [k]), "value": [
			{"name": c[0], "args": c[1], "range": fx.rng(k + 1, c[2], c[3]), "redirects": [], "wrapped": c[4]} |
			some c in cmds
		]}],
		[{"op": "replace", "path": "/stages/0/instructions/1/args", "value": [{"value": a, "range": fx.rng(2, 7, 8)} | some a in shell]} | count(shell) > 0],
	))
	fs := rule.findings with input as doc
}

# RUN sh -c 'curl x | tar -xz'
sh_c := [
	["sh", ["sh", "-c", "curl x | tar -xz"], 5, 29, false],
	["curl", ["curl", "x"], 12, 18, true],
	["tar", ["tar", "-xz"], 21, 28, true],
]

test_pipe_inside_sh_c_fires if {
	wrapped("sh -c 'curl x | tar -xz'", sh_c, []) == {{
		"message": "curl | tar in a shell -c script: the RUN succeeds even if curl fails; start the script with set -o pipefail",
		"range": fx.rng(2, 12, 28),
	}}
}

test_shell_pipefail_does_not_reach_into_sh_c if {
	count(wrapped("sh -c 'curl x | tar -xz'", sh_c, ["/bin/bash", "-o", "pipefail", "-c"])) == 1
}

test_set_pipefail_outside_does_not_reach_into_sh_c if {
	cmds := [
		["set", ["set", "-o", "pipefail"], 5, 20, false],
		["sh", ["sh", "-c", "curl x | tar -xz"], 24, 48, false],
		["curl", ["curl", "x"], 31, 37, true],
		["tar", ["tar", "-xz"], 40, 47, true],
	]
	count(wrapped("set -o pipefail && sh -c 'curl x | tar -xz'", cmds, [])) == 1
}

test_set_pipefail_inside_sh_c_is_clean if {
	cmds := [
		["sh", ["sh", "-c", "set -o pipefail; curl x | tar -xz"], 5, 46, false],
		["set", ["set", "-o", "pipefail"], 12, 27, true],
		["curl", ["curl", "x"], 29, 35, true],
		["tar", ["tar", "-xz"], 38, 45, true],
	]
	count(wrapped("sh -c 'set -o pipefail; curl x | tar -xz'", cmds, [])) == 0
}

test_bash_o_pipefail_c_is_clean if {
	cmds := [
		["bash", ["bash", "-o", "pipefail", "-c", "curl x | tar -xz"], 5, 43, false],
		["curl", ["curl", "x"], 26, 32, true],
		["tar", ["tar", "-xz"], 35, 42, true],
	]
	count(wrapped("bash -o pipefail -c 'curl x | tar -xz'", cmds, [])) == 0
}

test_options_after_the_script_are_arguments if {
	cmds := [
		["bash", ["bash", "-c", "curl x | tar -xz", "-o", "pipefail"], 5, 43, false],
		["curl", ["curl", "x"], 14, 20, true],
		["tar", ["tar", "-xz"], 23, 30, true],
	]
	count(wrapped("bash -c 'curl x | tar -xz' -o pipefail", cmds, [])) == 1
}

test_sh_c_piped_into_a_command_fires_outside if {
	cmds := [
		["sh", ["sh", "-c", "curl x"], 5, 19, false],
		["curl", ["curl", "x"], 12, 18, true],
		["tar", ["tar", "-xz"], 22, 29, false],
	]
	wrapped("sh -c 'curl x' | tar -xz", cmds, []) == {{
		"message": "sh | tar: the RUN succeeds even if sh fails; set -o pipefail",
		"range": fx.rng(2, 5, 29),
	}}
}

test_unknown_positions_inside_a_script_are_not_judged if {
	# exec form with escapes: every command has the string's range
	cmds := [
		["sh", ["sh", "-c", "curl x | tar -xz"], 5, 40, false],
		["curl", ["curl", "x"], 18, 40, true],
		["tar", ["tar", "-xz"], 18, 40, true],
	]
	count(wrapped(`["sh", "-c", "curl x | tar -xz"]`, cmds, [])) == 0
}
