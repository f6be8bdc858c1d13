# METADATA
# title: Pipe without pipefail
# description: |
#   `RUN curl -fsSL url | tar -xz` succeeds when curl fails, because a pipeline's status
#   is its last command's: the layer is built from a failed download. Set pipefail:
#   `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN (any shell that has the
#   option: bash, zsh, ash/busybox, ksh), or `set -o pipefail` (or `set -euo pipefail`)
#   in the RUN before the pipe. Both are honoured here (hadolint ignores the second).
#   Pipes are found between the commands of the RUN, heredoc bodies included; a pipe
#   inside `sh -c '...'` is not judged. A SHELL that is not a POSIX shell is not judged.
# custom:
#   id: DF037
#   name: pipefail
#   severity: warning
#   aliases: [DL4006]
#   fix: Add SHELL ["/bin/bash", "-o", "pipefail", "-c"] before the RUN, or start it with set -o pipefail.
#   examples:
#     bad: |
#       FROM buildpack-deps:bookworm-curl
#       RUN curl -fsSL https://github.com/BurntSushi/ripgrep/releases/download/14.1.1/ripgrep-14.1.1-x86_64-unknown-linux-musl.tar.gz \
#           | tar -xz -C /usr/local/bin --strip-components=1 ripgrep-14.1.1-x86_64-unknown-linux-musl/rg
#       USER 1000
#     good: |
#       FROM buildpack-deps:bookworm-curl
#       SHELL ["/bin/bash", "-o", "pipefail", "-c"]
#       RUN curl -fsSL https://github.com/BurntSushi/ripgrep/releases/download/14.1.1/ripgrep-14.1.1-x86_64-unknown-linux-musl.tar.gz \
#           | tar -xz -C /usr/local/bin --strip-components=1 ripgrep-14.1.1-x86_64-unknown-linux-musl/rg
#       USER 1000
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL4006
#     - https://docs.docker.com/reference/dockerfile/#shell
package ferrolint.general.pipefail

import data.ferrolint.general.lib
import rego.v1

# Commands on the left of a pipe that cannot fail: pipefail changes nothing for them.
cannot_fail := {"echo", "printf", "true", "yes"}

findings contains {"message": sprintf("%s | %s: the RUN succeeds even if %s fails; set -o pipefail", [a.name, b.name, a.name]), "range": span(a.range, b.range)} if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword == "RUN"
	contains(instr.original, "|")
	instr.form == "shell"
	count(instr.commands) > 1
	shell := lib.shell_of(s, instr)
	not shell_pipefail(shell)
	not other_shell(shell)
	lines := split(instr.original, "\n")
	pipes := [[a, b] |
		some b in instr.commands
		not b.wrapped
		a := previous(instr, b)
		not cannot_fail[a.name]
		piped(lines, instr.range.line, a.range, b.range)
		not set_before(instr, b)
	]
	count(pipes) > 0
	# one finding per RUN: the first pipe
	a := pipes[0][0]
	b := pipes[0][1]
}

pos(line, col) := (line * 100000) + col

# previous(instr, b): the command that ends last before b starts (for
# "curl $(uname -m) | tar" that is curl, not uname).
previous(instr, b) := a if {
	before := [c |
		some c in instr.commands
		not c.wrapped
		pos(c.range.end_line, c.range.end_column) <= pos(b.range.line, b.range.column)
	]
	count(before) > 0
	last := max({pos(c.range.end_line, c.range.end_column) | some c in before})
	some a in before
	pos(a.range.end_line, a.range.end_column) == last
}

# piped: the text between two commands holds a single |.
piped(lines, first, a, b) if {
	gap := between(lines, first, a, b)
	regex.match(`(^|[^|])\|&?([^|]|$)`, gap)
}

between(lines, first, a, b) := substring(lines[a.end_line - first], a.end_column - 1, b.column - a.end_column) if {
	a.end_line == b.line
}

between(lines, first, a, b) := concat(" ", [substring(lines[a.end_line - first], a.end_column - 1, -1), substring(lines[b.line - first], 0, b.column - 1)]) if {
	b.line == a.end_line + 1
}

# SHELL ["/bin/bash", "-o", "pipefail", "-c"] or ["/bin/bash", "-euo", "pipefail", "-c"].
shell_pipefail(shell) if {
	some i, a in shell
	regex.match(`^-[a-zA-Z]*o$`, a)
	shell[i + 1] == "pipefail"
}

other_shell(shell) if {
	count(shell) > 0
	not lib.shells[lib.base(shell[0])]
	lib.base(shell[0]) != "busybox"
}

set_before(instr, b) if {
	some c in instr.commands
	c.name == "set"
	"pipefail" in c.args
	pos(c.range.end_line, c.range.end_column) <= pos(b.range.line, b.range.column)
}

span(a, b) := {"line": a.line, "column": a.column, "end_line": b.end_line, "end_column": b.end_column}
