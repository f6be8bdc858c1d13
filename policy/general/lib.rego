# METADATA
# title: Command knowledge for the general pack
# description: |
#   Reads the simple commands of RUN instructions once per evaluation (run_cmds) and
#   answers the questions the package-manager rules share: a command's positional words
#   with option values dropped, the stages whose files end up in the final image, and whether a
#   RUN mounts a cache over a directory.
package ferrolint.general.lib

import rego.v1

shells := {"sh", "bash", "dash", "ash", "zsh", "ksh"}

base(p) := parts[count(parts) - 1] if parts := split(p, "/")

# run_cmds: every simple command of every RUN, and of every ONBUILD RUN (which runs
# in a child build, as hadolint judges it too), with its stage and instruction:
# {"stage", "instr" (the RUN; for ONBUILD its trigger), "cmd", "args" (cmd.argv: without
# VAR=value words and wrappers), "prog" (cmd.program), "i" (index of the command in its
# instruction), "onbuild"}. Commands of assignments only are left out.
run_cmds := [e |
	some s in input.stages
	some x in s.instructions
	x.keyword in {"RUN", "ONBUILD"}
	instr := run_of(x)
	some i, cmd in instr.commands
	cmd.program != ""
	e := {"stage": s, "instr": instr, "cmd": cmd, "args": cmd.argv, "prog": cmd.program, "i": i, "onbuild": x.keyword == "ONBUILD"}
]

run_of(x) := x if x.keyword == "RUN"

run_of(x) := x.trigger if {
	x.keyword == "ONBUILD"
	x.trigger.keyword == "RUN"
}

# cmds_of(prog): the entries of run_cmds that run prog.
cmds_of(progs) := [e | some e in run_cmds; progs[e.prog]]

# positionals are the words after argv[0] that are not options or option values;
# value_opts lists the options that take a separate value.
positionals(args, value_opts) := [a |
	some i, a in args
	i > 0
	not startswith(a, "-")
	not value_opts[args[i - 1]]
]

# words splits arguments that hold several words after ARG/ENV substitution
# (apt-get install $PKGS with PKGS="curl git"). An argument written as is in the
# instruction (a quoted "a b") was not substituted and stays one word.
words(instr, list) := [w | some a in list; some w in pieces(instr, a)]

pieces(instr, a) := [a] if contains(instr.original, a)

pieces(instr, a) := [w | some w in split(a, " "); w != ""] if not contains(instr.original, a)

# has_flag: args has one of the long options, or a short-option cluster with one of
# the letters (-y, -qy).
has_flag(args, longs, _) if {
	some a in args
	longs[a]
}

has_flag(args, longs, _) if {
	some a in args
	some l in longs
	startswith(a, concat("", [l, "="]))
}

has_flag(args, _, letters) if {
	some a in args
	not startswith(a, "--")
	cluster := regex.find_n(`^-[A-Za-z0-9]+`, a, 1)
	count(cluster) == 1
	some l in letters
	contains(cluster[0], l)
}

# unresolved: a word that still holds a variable or command substitution, whose value
# ferrolint cannot know; rules do not judge it.
unresolved(w) if contains(w, "$")

unresolved(w) if contains(w, "`")

# image_stages: the final stage and the stages it builds on (FROM <stage>): their
# files are in the image. Cache left in a builder stage costs nothing.
image_stages contains s.index if {
	some s in input.stages
	s.final
}

image_stages contains a if {
	some s in input.stages
	s.final
	some a in s.ancestors
}

# cache_mounted(instr, dirs): the RUN mounts a cache (or tmpfs) over one of dirs or a
# directory above it, so nothing written there stays in the layer.
cache_mounted(instr, dirs) if {
	some m in instr.mounts
	m.type in {"cache", "tmpfs"}
	some d in dirs
	covers(m.target, d)
}

covers(target, dir) if trim_right(target, "/") == trim_right(dir, "/")

covers(target, dir) if startswith(dir, concat("", [trim_right(target, "/"), "/"]))

# later(a, b): command entry b runs after a in the same instruction.
later(a, b) if {
	a.instr.index == b.instr.index
	b.i > a.i
}

# removes(e, paths): e is rm with an argument that is one of paths or below one.
removes(e, paths) if {
	e.prog == "rm"
	some a in e.args
	some p in paths
	startswith(trim_right(a, "/*"), trim_right(p, "/*"))
}

# shell_of(stage, instr): the SHELL in effect for instr (exec-form argv), [] for the
# default /bin/sh -c.
shell_of(stage, instr) := shell if {
	shells_before := [i | some i in stage.instructions; i.keyword == "SHELL"; i.index < instr.index]
	count(shells_before) > 0
	last := shells_before[count(shells_before) - 1]
	shell := [a.value | some a in last.args]
} else := inherited_shell(stage)

# inherited_shell: the last SHELL of the nearest ancestor stage that has one.
inherited_shell(stage) := shell if {
	with_shell := [a | some a in stage.ancestors; some i in input.stages[a].instructions; i.keyword == "SHELL"]
	count(with_shell) > 0
	sh := [i | some i in input.stages[with_shell[0]].instructions; i.keyword == "SHELL"]
	shell := [x.value | some x in sh[count(sh) - 1].args]
} else := []

# stage_label names a stage in messages.
stage_label(s) := sprintf("%q", [s.name]) if s.name != ""

stage_label(s) := sprintf("%d", [s.index]) if s.name == ""
