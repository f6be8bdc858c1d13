# METADATA
# title: Cargo command knowledge for the Rust pack
# description: |
#   Reads cargo invocations out of the simple commands of RUN instructions: which ones
#   compile the project, install a crates.io tool, cook cargo-chef recipes, clean, and
#   which --target they name; and walks a stage together with the stages it builds on.
#   Every RUN command is parsed once per evaluation (stage_runs) into an entry
#   {"pos", "instr", "cmd", "p"}: pos orders commands across a stage chain (instruction
#   index * 1000 + the command's index in the instruction) and p is parse(cmd), the
#   argument the predicates below take.
package ferrolint.lib.cargo

import data.ferrolint.lib.images
import rego.v1

# Words that run the next word as the command (env X=1 cargo ..., sudo cargo ...).
wrappers := {"env", "sudo", "exec", "time", "nice", "nohup", "command"}

# Options of cargo and its subcommands that take a separate value, so that value is
# not mistaken for a subcommand or a crate name.
value_options := {
	"-Z", "--config", "-C", "--color", "--target", "--manifest-path", "--features", "-F",
	"--bin", "-p", "--package", "--profile", "--root", "--path", "--target-dir",
	"--recipe-path", "--version", "--vers", "--git", "--branch", "--tag", "--rev", "-j",
	"--jobs", "--example", "--test", "--bench", "--exclude", "--index", "--registry",
	"--message-format", "--lockfile-path", "--cargo-profile",
}

assignment(word) if regex.match(`^[A-Za-z_][A-Za-z0-9_]*=`, word)

skippable(word) if assignment(word)

skippable(word) if wrappers[word]

# argv is a command's argv without leading VAR=value words and wrappers.
argv(cmd) := cmd.args if not skippable(cmd.args[0])

argv(cmd) := array.slice(cmd.args, k, count(cmd.args)) if {
	skippable(cmd.args[0])
	k := min({i | some i, a in cmd.args; not skippable(a)})
}

# parse reads a command once: {"cmd", "argv", "program" (base name of argv[0]),
# "sub" and "sub2" (cargo's first two positional words, "" when absent or not cargo)}.
# Undefined for a command that is only assignments.
parse(cmd) := {"cmd": cmd, "argv": args, "program": prog, "sub": word(pos, 0), "sub2": word(pos, 1)} if {
	args := argv(cmd)
	parts := split(args[0], "/")
	prog := parts[count(parts) - 1]
	pos := cargo_positionals(prog, args)
}

# cargo_positionals are cargo's words that are not options, option values or
# +toolchain: ["build"], ["install", "cargo-chef"], ["chef", "cook"].
cargo_positionals("cargo", args) := [a |
	some i, a in args
	i > 0
	not startswith(a, "-")
	not startswith(a, "+")
	not value_options[args[i - 1]]
]

cargo_positionals(prog, _) := [] if prog != "cargo"

word(list, i) := list[i] if count(list) > i

word(list, i) := "" if count(list) <= i

# --- predicates on parsed commands --------------------------------------------------

is_cargo(p) if p.program == "cargo"

# has_option: the command passes --name or --name=value.
has_option(p, name) if {
	some a in p.argv
	a == name
}

has_option(p, name) if {
	some a in p.argv
	startswith(a, concat("", [name, "="]))
}

# is_install: cargo install / cargo auditable install, of a path or a crate.
is_install(p) if {
	is_cargo(p)
	p.sub == "install"
}

is_install(p) if {
	is_cargo(p)
	p.sub == "auditable"
	p.sub2 == "install"
}

# is_local_install: cargo install --path (the project itself, not a crates.io tool).
is_local_install(p) if {
	is_install(p)
	has_option(p, "--path")
}

# is_build: the command compiles the project's own sources.
is_build(p) if {
	is_cargo(p)
	p.sub in {"build", "b", "zigbuild", "rustc"}
}

is_build(p) if {
	is_cargo(p)
	p.sub == "auditable"
	p.sub2 == "build"
}

is_build(p) if is_local_install(p)

# produces_binary: the command leaves a binary behind (a build or any install).
produces_binary(p) if is_build(p)

produces_binary(p) if is_install(p)

is_cook(p) if {
	is_cargo(p)
	p.sub == "chef"
	p.sub2 == "cook"
}

is_zigbuild(p) if {
	is_cargo(p)
	p.sub == "zigbuild"
}

# is_clean_all: cargo clean of every package (defeats a dependency layer);
# cargo clean -p <crate> only invalidates the crate.
is_clean_all(p) if {
	is_cargo(p)
	p.sub == "clean"
	not is_clean_package(p)
}

is_clean_package(p) if {
	is_cargo(p)
	p.sub == "clean"
	some opt in {"-p", "--package"}
	has_option(p, opt)
}

# targets are the values of --target T / --target=T.
targets(p) := {t |
	some i, a in p.argv
	a == "--target"
	t := p.argv[i + 1]
} | {t |
	some a in p.argv
	startswith(a, "--target=")
	t := substring(a, 9, -1)
}

# uses_toolchain: a command that needs rustc/cargo in the image, or installs rustup.
uses_toolchain(p) if p.program in {"cargo", "rustc", "rustup", "rustup-init"}

uses_toolchain(p) if {
	some a in p.argv
	contains(a, "sh.rustup.rs")
}

# is_registry_cache: a BuildKit cache mount on cargo's registry ($CARGO_HOME/registry).
is_registry_cache(mount) if {
	mount.type == "cache"
	t := trim_right(mount.target, "/")
	endswith(t, "/registry")
}

is_registry_cache(mount) if {
	mount.type == "cache"
	contains(mount.target, "cargo/registry")
}

# --- stages -------------------------------------------------------------------------

# final_stage is the stage the image is made of (stage.final).
final_stage := s if {
	some s in input.stages
	s.final
}

# stage_runs[i]: the parsed commands of stage i's own RUN instructions, in order.
stage_runs[i] := [{"pos": (instr.index * 1000) + k, "instr": instr, "cmd": cmd, "p": p} |
	some instr in input.stages[i].instructions
	instr.keyword == "RUN"
	some k, cmd in instr.commands
	p := parse(cmd)
] if {
	some i, _ in input.stages
}

# chain is the stage's own index after its ancestors, oldest first.
chain(stage) := array.concat(array.reverse(stage.ancestors), [stage.index])

# timeline is every instruction of the stage and of the stages it builds on, in order.
timeline(stage) := [instr |
	some s in chain(stage)
	some instr in input.stages[s].instructions
]

# run_commands: stage_runs of the stage and the stages it builds on, in order.
run_commands(stage) := [c |
	some s in chain(stage)
	some c in stage_runs[s]
]

# root_ref is the external image at the top of a stage's FROM chain: stage.root, or
# what images.parse_ref reads from that FROM's text when an ARG left it unresolved.
root_ref(stage) := stage.root if stage.root.valid

root_ref(stage) := images.parse_ref(input.stages[t].from.image) if {
	not stage.root.valid
	t := chain(stage)[0]
	input.stages[t].from.base_stage < 0
}
