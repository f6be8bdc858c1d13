# METADATA
# title: Pipe without pipefail
# description: |
#   `RUN curl -fsSL url | tar -xz` succeeds when curl fails, because a pipeline's status
#   is its last command's: the layer is built from a failed download. Set pipefail:
#   `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN (any shell that has the
#   option: bash, zsh, ash/busybox, ksh), or `set -o pipefail` (or `set -euo pipefail`)
#   in the RUN before the pipe. Both are honoured here (hadolint ignores the second).
#   Pipes are found between the commands of the RUN, heredoc bodies included. A script
#   run by `sh -c '...'` (or `bash -c`, exec form `["sh", "-c", "..."]`) is a shell of its
#   own: SHELL's pipefail and a `set -o pipefail` outside it do not reach its pipes; a
#   `set -o pipefail` inside it or `bash -o pipefail -c` does. Its pipes are judged where
#   the script's text is the source's (no escapes or substituted variables in it). A
#   SHELL that is not a POSIX shell is not judged.
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

findings contains {"message": message(a, b), "range": span(a.range, b.range)} if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword == "RUN"
	contains(instr.original, "|")
	count(instr.commands) > 1
	not other_shell_text(s, instr)
	lines := split(instr.original, "\n")
	scopes := [scope(instr, k) | some k, _ in instr.commands]
	pipes := [[a, b] |
		some k, b in instr.commands
		sc := scopes[k]
		not scope_pipefail(s, instr, sc)
		a := previous(instr, scopes, sc, b)
		not cannot_fail[a.name]
		piped(lines, instr.range.line, a.range, b.range)
		not set_before(instr, scopes, sc, b)
	]
	count(pipes) > 0
	# one finding per RUN: the first pipe
	a := pipes[0][0]
	b := pipes[0][1]
}

message(a, b) := sprintf("%s | %s: the RUN succeeds even if %s fails; set -o pipefail", [a.name, b.name, a.name]) if not b.wrapped

message(a, b) := sprintf("%s | %s in a shell -c script: the RUN succeeds even if %s fails; start the script with set -o pipefail", [a.name, b.name, a.name]) if b.wrapped

# A shell-form RUN under a SHELL that is not a POSIX shell is not shell text.
other_shell_text(s, instr) if {
	instr.form == "shell"
	other_shell(lib.shell_of(s, instr))
}

pos(line, col) := (line * 100000) + col

# scope(instr, k): -1 for a command of the RUN itself, else the index of the sh -c
# command whose script it is: the nearest earlier shell -c whose range holds it
# (unwrapped commands follow their wrapper in the list).
scope(instr, k) := -1 if not instr.commands[k].wrapped

scope(instr, k) := max(ws) if {
	c := instr.commands[k]
	c.wrapped
	ws := [j |
		some j, w in instr.commands
		j < k
		script_index(w.args) > 0
		inside(c.range, w.range)
	]
	count(ws) > 0
}

inside(r, w) if {
	pos(r.line, r.column) >= pos(w.line, w.column)
	pos(r.end_line, r.end_column) <= pos(w.end_line, w.end_column)
}

# script_index(args): where the -c option cluster of a shell's argv is.
script_index(args) := i if {
	lib.shells[lib.base(args[0])]
	i := min({j | some j, a in args; j > 0; regex.match(`^-[a-zA-Z]*c$`, a)})
}

# previous(instr, scopes, sc, b): the command of the same script that ends last
# before b starts (for "curl $(uname -m) | tar" that is curl, not uname).
previous(instr, scopes, sc, b) := a if {
	before := [c |
		some k, c in instr.commands
		scopes[k] == sc
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

# The RUN's own commands: SHELL ["/bin/bash", "-o", "pipefail", "-c"] (or "-euo").
scope_pipefail(s, instr, -1) if {
	instr.form == "shell"
	shell_pipefail(lib.shell_of(s, instr))
}

# A script: bash -o pipefail -c '...', the options before -c.
scope_pipefail(_, instr, sc) if {
	sc >= 0
	args := instr.commands[sc].args
	shell_pipefail(array.slice(args, 0, script_index(args)))
}

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

# set -o pipefail earlier in the same script.
set_before(instr, scopes, sc, b) if {
	some k, c in instr.commands
	scopes[k] == sc
	c.name == "set"
	"pipefail" in c.args
	pos(c.range.end_line, c.range.end_column) <= pos(b.range.line, b.range.column)
}

span(a, b) := {"line": a.line, "column": a.column, "end_line": b.end_line, "end_column": b.end_column}
