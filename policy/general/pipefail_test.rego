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
