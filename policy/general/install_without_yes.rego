# METADATA
# title: Package install that would prompt
# description: |
#   A build has no terminal: `apt-get install`, `yum install`, `dnf install`,
#   `microdnf install` or `zypper install` without the non-interactive option asks for
#   confirmation and the build fails or hangs. apt-get accepts `-y`, `--yes`,
#   `--assume-yes`, `-qq` or `-q=2`; yum/dnf `-y`/`--assumeyes`; zypper `-n`/
#   `--non-interactive` (before the subcommand) or `-y`/`--no-confirm` (after it).
#   Also judged for removals and upgrades, which prompt the same way. For apt-get the
#   safe fix inserts `-y` after the subcommand when the command's words up to it are
#   written plainly on one line (not in ONBUILD).
# custom:
#   id: DF008
#   name: install-without-yes
#   severity: warning
#   aliases: [DL3014, DL3030, DL3034, DL3038]
#   fix: Add -y (zypper -n).
#   examples:
#     bad: |
#       FROM debian:13-slim
#       RUN apt-get update \
#           && apt-get install --no-install-recommends ca-certificates=20250419 curl=8.14.1-2 \
#           && rm -rf /var/lib/apt/lists/*
#       USER 65532:65532
#       ENTRYPOINT ["curl"]
#     good: |
#       FROM debian:13-slim
#       RUN apt-get update \
#           && apt-get install -y --no-install-recommends ca-certificates=20250419 curl=8.14.1-2 \
#           && rm -rf /var/lib/apt/lists/*
#       USER 65532:65532
#       ENTRYPOINT ["curl"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3014
#     - https://github.com/hadolint/hadolint/wiki/DL3030
#     - https://github.com/hadolint/hadolint/wiki/DL3034
#     - https://github.com/hadolint/hadolint/wiki/DL3038
package ferrolint.general.install_without_yes

import data.ferrolint.general.lib
import rego.v1

apt_value_opts := {"-t", "--target-release", "-o", "--option", "-c", "--config-file", "-a"}

findings contains f if {
	some e in lib.run_cmds
	e.prog == "apt-get"
	pos := lib.positionals(e.args, apt_value_opts)
	pos[0] in {"install", "upgrade", "dist-upgrade", "remove", "purge", "autoremove", "full-upgrade"}
	not apt_yes(e.args)
	msg := sprintf("apt-get %s without -y would prompt and fail the build", [pos[0]])
	f := object.union({"message": msg, "range": e.cmd.range}, apt_fix(e, pos[0]))
}

# apt_fix inserts " -y" after the subcommand, where the source text of the command's
# first line spells its words up to the subcommand as they are (no quotes, variables
# or line break before it); otherwise no fix.
apt_fix(e, sub) := {"fix": {
	"description": sprintf("add -y after %s", [sub]),
	"safe": true,
	"edits": [{"range": point(r.line, (r.column + offset) + count(sub)), "new_text": " -y"}],
}} if {
	not e.onbuild
	r := e.cmd.range
	text := first_line(e.instr, r)
	words := regex.split(`\s+`, trim_space(text))
	assigns := count([w | some i, w in words; leading_assignment(words, i)])
	args := array.slice(e.cmd.args, count([a | some i, a in e.cmd.args; leading_assignment(e.cmd.args, i)]), count(e.cmd.args))
	at := {i | some i, a in args; i > 0; a == sub}
	count(at) == 1
	some k in at
	array.slice(words, assigns, (assigns + k) + 1) == array.slice(args, 0, k + 1)
	offset := count(regex.find_n(sprintf(`^\s*(?:\S+\s+){%d}`, [assigns + k]), text, 1)[0])
} else := {}

point(line, column) := {"line": line, "column": column, "end_line": line, "end_column": column}

# first_line: the source text from the start of range r to the end of its line.
first_line(instr, r) := substring(lines[k], start, -1) if {
	lines := split(instr.original, "\n")
	k := r.line - instr.range.line
	start := line_start(instr, k, r)
}

line_start(instr, 0, r) := r.column - instr.range.column

line_start(_, k, r) := r.column - 1 if k > 0

# leading_assignment: words[i] is one of the VAR=value words before the program,
# written without quotes or expansions (the parser leaves them out of a command's args).
leading_assignment(words, i) if {
	every j in numbers.range(0, i) {
		regex.match(`^[A-Za-z_][A-Za-z0-9_]*=[^\s'"\\$\x60]*$`, words[j])
	}
}

findings contains {"message": sprintf("%s %s without -y would prompt and fail the build", [e.prog, pos[0]]), "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog in {"yum", "dnf", "microdnf", "dnf5"}
	pos := lib.positionals(e.args, {"--setopt", "--enablerepo", "--disablerepo", "--releasever", "--installroot", "-c", "-x", "--exclude"})
	pos[0] in {"install", "groupinstall", "localinstall", "update", "upgrade", "remove", "erase", "reinstall", "downgrade", "group", "module"}
	not lib.has_flag(e.args, {"--assumeyes"}, {"y"})
}

findings contains {"message": sprintf("zypper %s without -n would prompt and fail the build", [pos[0]]), "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "zypper"
	pos := lib.positionals(e.args, {"-r", "--repo", "--from", "--root", "-R", "--type", "-t"})
	pos[0] in {"install", "in", "remove", "rm", "update", "up", "patch", "dist-upgrade", "dup", "source-install", "si"}
	not lib.has_flag(e.args, {"--non-interactive", "--no-confirm"}, {"n", "y"})
}

apt_yes(args) if lib.has_flag(args, {"--yes", "--assume-yes", "--quiet=2", "-q=2"}, {"y"})

apt_yes(args) if {
	some a in args
	regex.match(`^-[a-zA-Z]*q[a-zA-Z]*q[a-zA-Z]*$`, a)
}

apt_yes(args) if count([a | some a in args; regex.match(`^-[a-zA-Z]*q[a-zA-Z]*$`, a)]) >= 2
