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

# Options of cargo and its subcommands that take a separate value, so that value is
# not mistaken for a subcommand or a crate name.
value_options := {
	"-Z", "--config", "-C", "--color", "--target", "--manifest-path", "--features", "-F",
	"--bin", "-p", "--package", "--profile", "--root", "--path", "--target-dir",
	"--recipe-path", "--version", "--vers", "--git", "--branch", "--tag", "--rev", "-j",
	"--jobs", "--example", "--test", "--bench", "--exclude", "--index", "--registry",
	"--message-format", "--lockfile-path", "--cargo-profile",
}

# parse reads a command once: {"argv" (cmd.argv: without VAR=value words and
# wrappers), "program" (its base name), "sub" (cargo's first positional word, "" when
# absent or not cargo), "sub2" (the second one after `cargo auditable` and `cargo
# chef`, else ""), "verb" (sub, or sub2 after `cargo auditable`)}. The predicates
# below test these fields, so a command that is not cargo fails them at the first
# comparison. Undefined for a command that is only assignments. Evaluation cost grows
# with every expression, so the common shapes take short branches: a command that is
# not cargo, and `cargo <sub>`.
parse(cmd) := {"argv": cmd.argv, "program": cmd.program, "sub": "", "sub2": "", "verb": ""} if {
	cmd.program != "cargo"
	cmd.program != ""
} else := {"argv": cmd.argv, "program": "cargo", "sub": sub, "sub2": "", "verb": sub} if {
	cmd.argv[0] == "cargo"
	sub := cmd.argv[1]
	not startswith(sub, "-")
	not startswith(sub, "+")
	not two_word[sub]
} else := {"argv": cmd.argv, "program": "cargo", "sub": sub, "sub2": sub2, "verb": verb(sub, sub2)} if {
	cmd.program == "cargo"
	pos := cargo_positionals(cmd.argv)
	sub := concat("", array.slice(pos, 0, 1))
	sub2 := second_word(sub, pos)
}

# two_word: cargo subcommands whose own subcommand matters.
two_word := {"auditable", "chef"}

second_word(sub, pos) := concat("", array.slice(pos, 1, 2)) if two_word[sub]

second_word(sub, _) := "" if not two_word[sub]

verb("auditable", sub2) := sub2

verb(sub, _) := sub if sub != "auditable"

# cargo_positionals are cargo's words that are not options, option values or
# +toolchain: ["build"], ["install", "cargo-chef"], ["chef", "cook"].
cargo_positionals(args) := [a |
	some i, a in args
	i > 0
	not startswith(a, "-")
	not startswith(a, "+")
	not value_options[args[i - 1]]
]

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
is_install(p) if p.verb == "install"

# is_local_install: cargo install --path (the project itself, not a crates.io tool).
is_local_install(p) if {
	p.verb == "install"
	has_option(p, "--path")
}

build_verbs := {"build", "b", "zigbuild", "rustc"}

# is_build: the command compiles the project's own sources.
is_build(p) if build_verbs[p.verb]

is_build(p) if is_local_install(p)

# produces_binary: the command leaves a binary behind (a build or any install).
produces_binary(p) if build_verbs[p.verb]

produces_binary(p) if p.verb == "install"

is_cook(p) if {
	p.sub == "chef"
	p.sub2 == "cook"
}

is_zigbuild(p) if p.sub == "zigbuild"

# is_clean_all: cargo clean of every package (defeats a dependency layer);
# cargo clean -p <crate> only invalidates the crate.
is_clean_all(p) if {
	p.sub == "clean"
	not is_clean_package(p)
}

is_clean_package(p) if {
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

# Per-stage facts are complete rules keyed by stage index, so every rule that asks
# for them shares one computation per evaluation; the functions taking a stage below
# only look them up.

# chain_of[i] is stage i's own index after its ancestors, oldest first.
chain_of[i] := array.concat(array.reverse(s.ancestors), [i]) if some i, s in input.stages

# timeline_of[i] is every instruction of stage i and of the stages it builds on, in order.
timeline_of[i] := [instr |
	some s in chain_of[i]
	some instr in input.stages[s].instructions
] if {
	some i, _ in input.stages
}

# chain_runs[i] is stage_runs of stage i and of the stages it builds on, in order.
chain_runs[i] := [c |
	some s in chain_of[i]
	some c in stage_runs[s]
] if {
	some i, _ in input.stages
}

chain(stage) := chain_of[stage.index]

timeline(stage) := timeline_of[stage.index]

run_commands(stage) := chain_runs[stage.index]

# root_ref is the external image at the top of a stage's FROM chain: stage.root, or
# what images.parse_ref reads from that FROM's text when an ARG left it unresolved.
root_ref(stage) := root_of[stage.index]

root_of[i] := s.root if {
	some i, s in input.stages
	s.root.valid
}

root_of[i] := images.parse_ref(input.stages[t].from.image) if {
	some i, s in input.stages
	not s.root.valid
	t := chain_of[i][0]
	input.stages[t].from.base_stage < 0
}
