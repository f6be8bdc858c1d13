# METADATA
# title: Final stage ships the Rust toolchain
# description: |
#   The image that runs is the final stage, and here it contains rustc and cargo: its
#   base is a Rust toolchain image (rust, cargo-chef, muslrust, rust-musl-cross,
#   rust-musl-builder, Chainguard rust, ...), or it installs or runs the toolchain
#   (cargo build/install/run, rustup), or it is built FROM an earlier stage that does.
#   Such an image weighs 0.7 to 2 GB instead of a few MB, carries the compiler, the
#   registry cache, the sources and target/ into production, and exposes every CVE of a
#   full Debian with build tools. A multi-stage file whose last stage is
#   `FROM builder` has the same problem. Dev images that only `cargo run` or
#   `cargo watch` are toolchain images too; disable the rule for them.
#   Fix: add a runtime stage that copies only the binary out of the builder, e.g.
#   FROM gcr.io/distroless/cc-debian13:nonroot with COPY --from=builder
#   /app/target/release/<bin> /app (or distroless static for musl builds).
#   --fix-unsafe does that: it names the stage builder, copies the binary that CMD/
#   ENTRYPOINT, cargo build --bin or the context's Cargo.toml names (else
#   target/release/REPLACE_ME), runs it with ENTRYPOINT ["/app"] and moves CMD,
#   ENTRYPOINT, EXPOSE, STOPSIGNAL and a numeric USER there. Unsafe: ENV, files and
#   packages of the old final stage stay behind.
# custom:
#   id: RS002
#   name: toolchain-in-runtime
#   severity: error
#   aliases: []
#   fix: Build in a builder stage and COPY --from it only the binary into a distroless or slim runtime stage.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#       USER 65532:65532
#       CMD ["/app/target/release/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/GoogleContainerTools/distroless/blob/main/README.md
#     - https://docs.docker.com/guides/rust/build-images/
#     - https://hub.docker.com/_/rust
package ferrolint.rust.toolchain_in_runtime

import data.ferrolint.lib.cargo
import data.ferrolint.lib.fixes
import data.ferrolint.lib.images
import data.ferrolint.lib.runtime
import rego.v1

findings contains object.union(
	{
		"message": concat("", ["final stage ships the Rust toolchain: ", reason, "; build in a separate stage and copy only the binary into a runtime image such as gcr.io/distroless/cc-debian13:nonroot"]),
		"range": cargo.final_stage.from.range,
	},
	fix,
)

# reason: the first of these that holds, so the final stage gets one finding.
reason := sprintf("its base image %s is a Rust toolchain image", [images.display(root)]) if {
	cargo.final_stage.from.base_stage < 0
	root := cargo.root_ref(cargo.final_stage)
	images.is_toolchain(root)
} else := sprintf("it builds on stage %s, whose base image %s is a Rust toolchain image", [stage_label(cargo.final_stage.from.base_stage), images.display(root)]) if {
	cargo.final_stage.from.base_stage >= 0
	root := cargo.root_ref(cargo.final_stage)
	images.is_toolchain(root)
} else := sprintf("it runs %s (line %d), so rustc and cargo are in the image", [command_text(use.p), use.cmd.range.line]) if {
	uses := [{"cmd": c, "p": p} |
		some instr in cargo.final_stage.instructions
		instr.keyword in {"RUN", "CMD", "ENTRYPOINT"}
		some c in instr.commands
		p := cargo.parse(c)
		cargo.uses_toolchain(p)
	]
	count(uses) > 0
	use := uses[0]
} else := sprintf("it builds on stage %s, which runs %s (line %d)", [stage_label(use.stage), command_text(use.p), use.cmd.range.line]) if {
	uses := [{"stage": s, "cmd": c, "p": p} |
		some s in cargo.final_stage.ancestors
		some instr in input.stages[s].instructions
		instr.keyword in {"RUN", "CMD", "ENTRYPOINT"}
		some c in instr.commands
		p := cargo.parse(c)
		cargo.uses_toolchain(p)
	]
	count(uses) > 0
	use := uses[0]
}

# command_text: the program and, for cargo, its subcommand ("cargo build", "rustup").
command_text(p) := concat(" ", ["cargo", p.sub]) if {
	cargo.is_cargo(p)
	p.sub != ""
}

command_text(p) := "cargo" if {
	cargo.is_cargo(p)
	p.sub == ""
}

command_text(p) := p.program if p.program in {"rustc", "rustup", "rustup-init"}

command_text(p) := "the rustup installer" if not p.program in {"cargo", "rustc", "rustup", "rustup-init"}

stage_label(i) := sprintf("%q", [input.stages[i].name]) if input.stages[i].name != ""

stage_label(i) := sprintf("%d", [i]) if input.stages[i].name == ""

# --- the fix ------------------------------------------------------------------------

# The fix appends a runtime stage that copies only the binary out of the final stage
# (named builder if it has no name) and runs it with an exec-form ENTRYPOINT; the
# final stage's CMD, ENTRYPOINT, EXPOSE and STOPSIGNAL move there. It is unsafe: ENV,
# files, packages or a named USER of the old final stage stay behind. Offered when the final stage or a
# stage it builds on builds the project.
final := cargo.final_stage

fix := {"fix": {
	"description": fix_description,
	"safe": false,
	"edits": array.concat(name_edits, array.concat(move_edits, [stage_edit])),
}} if {
	count(producers) > 0
} else := {}

producers := [c | some c in cargo.run_commands(final); cargo.is_build(c.p)]

last_producer := producers[count(producers) - 1]

first_instr := final.instructions[0]

last_instr := final.instructions[count(final.instructions) - 1]

# builder_name: the final stage's name, else "builder" (builder<N> when that is taken).
builder_name := final.name if final.name != ""

builder_name := "builder" if {
	final.name == ""
	not name_taken("builder")
}

builder_name := sprintf("builder%d", [final.index]) if {
	final.name == ""
	name_taken("builder")
}

name_taken(name) if {
	some s in input.stages
	s.name == name
}

# as_text names an unnamed final stage; it goes at the end of its FROM.
as_text := "" if final.name != ""

as_text := concat("", [" AS ", builder_name]) if final.name == ""

# name_edits: AS <name> at the end of the FROM, unless stage_edit inserts there too.
name_edits := [] if last_instr.index == first_instr.index

name_edits := [{"range": fixes.point(first_instr.range.end_line, first_instr.range.end_column), "new_text": as_text}] if {
	last_instr.index != first_instr.index
	as_text != ""
}

name_edits := [] if as_text == ""

entries := [i | some i in final.instructions; i.keyword == "ENTRYPOINT"]

cmds := [i | some i in final.instructions; i.keyword == "CMD"]

# moves: what describes the running container moves to the runtime stage: CMD,
# ENTRYPOINT, EXPOSE, STOPSIGNAL, and a numeric USER after the last RUN (a named user
# would not exist there).
moves(i) if i.keyword in {"CMD", "ENTRYPOINT", "EXPOSE", "STOPSIGNAL"}

moves(i) if {
	i.keyword == "USER"
	regex.match(`^[0-9]+(:[0-9]+)?$`, i.args[0].value)
	not run_after(i)
}

run_after(i) if {
	some r in final.instructions
	r.keyword == "RUN"
	r.index > i.index
}

# move_edits delete the moved instructions; the last instruction is replaced by stage_edit.
move_edits := [fixes.delete_lines(i) |
	some i in final.instructions
	moves(i)
	i.index != last_instr.index
]

# stage_edit: the runtime stage replaces a moved last instruction (its line stays, blank,
# between the stages), else follows the last instruction after a blank line: at the end
# of an unnamed FROM (after its AS), at the end of the file, or on the next line.
stage_edit := {
	"range": {"line": last_instr.range.line, "column": 1, "end_line": last_instr.range.end_line, "end_column": last_instr.range.end_column},
	"new_text": concat("", ["\n", stage_text]),
} if {
	moves(last_instr)
}

# On the next line when the file goes on: where RS004 inserts its USER, so the two
# fixes conflict and RS004's waits for a pass in which the runtime stage exists.
stage_edit := {
	"range": fixes.point(last_instr.range.end_line + 1, 1),
	"new_text": concat("", ["\n", stage_text, "\n"]),
} if {
	not moves(last_instr)
	last_instr.index != first_instr.index
	last_instr.range.end_line < input.lines
}

stage_edit := {
	"range": fixes.point(last_instr.range.end_line, last_instr.range.end_column),
	"new_text": concat("", [as_text, "\n\n", stage_text]),
} if {
	not moves(last_instr)
	last_instr.index == first_instr.index
}

stage_edit := {
	"range": fixes.point(last_instr.range.end_line, last_instr.range.end_column),
	"new_text": concat("", ["\n\n", stage_text]),
} if {
	not moves(last_instr)
	last_instr.index != first_instr.index
	last_instr.range.end_line == input.lines
}

stage_text := concat("\n", array.concat(
	array.concat(
		[
			sprintf("FROM %s", [runtime_image]),
			sprintf("COPY --from=%s %s /app", [builder_name, binary.path]),
		],
		[i.original | some i in final.instructions; moves(i); not i.keyword in {"CMD", "ENTRYPOINT"}],
	),
	array.concat([sprintf("ENTRYPOINT %s", [fixes.exec_form(array.concat(["/app"], binary.entry_args))])], cmd_lines),
))

cmd_lines := [] if count(binary.cmd_args) == 0

cmd_lines := [sprintf("CMD %s", [fixes.exec_form(binary.cmd_args)])] if count(binary.cmd_args) > 0

# --- which binary -------------------------------------------------------------------

# run_target: what the final stage runs, its last ENTRYPOINT (a CMD adds arguments),
# else its last CMD; one simple command.
run_target := {"instr": x, "argv": argv_of(x), "entry": true} if {
	count(entries) > 0
	x := entries[count(entries) - 1]
}

run_target := {"instr": x, "argv": argv_of(x), "entry": false} if {
	count(entries) == 0
	count(cmds) > 0
	x := cmds[count(cmds) - 1]
}

argv_of(x) := x.commands[0].args if count(x.commands) == 1

# binary_path: the binary to copy. What the final stage runs, when that points at
# cargo's output (target/, a bin directory, a cp destination, an installed name); else
# what cargo build --bin names; else the one binary of the context's Cargo.toml; else
# a placeholder.
binary_path := p if {
	a := run_target.argv
	p := run_path(a[0], run_target.instr.index)
} else := p if {
	bins := [produced_path(c, n) | some c in producers; n := option_values(c.p, "--bin")[0]]
	count(bins) > 0
	p := bins[count(bins) - 1]
} else := produced_path(last_producer, bins[0]) if {
	# the build context's Cargo.toml has one binary target
	bins := input.context.cargo_toml.bins
	count(bins) == 1
}

# binary: the path and the arguments the old CMD/ENTRYPOINT passed it, when it ran it.
binary := {"path": binary_path, "known": true, "entry_args": entry_args(rest), "cmd_args": cmd_args(rest)} if {
	a := run_target.argv
	base_name(a[0]) == base_name(binary_path)
	rest := array.slice(a, 1, count(a))
} else := {"path": binary_path, "known": true, "entry_args": [], "cmd_args": []} if {
	binary_path
} else := {
	"path": runtime.absolute(runtime.workdir(final.index, last_producer.instr.index), "target/release/REPLACE_ME"),
	"known": false,
	"entry_args": [],
	"cmd_args": [],
}

base_name(path) := parts[count(parts) - 1] if parts := split(path, "/")

entry_args(rest) := rest if run_target.entry

entry_args(_) := [] if not run_target.entry

cmd_args(rest) := rest if not run_target.entry

cmd_args(_) := argv_of(cmds[count(cmds) - 1]) if {
	run_target.entry
	count(cmds) > 0
}

cmd_args(_) := [] if {
	run_target.entry
	count(cmds) == 0
}

run_path(a0, index) := runtime.clean(a0) if {
	startswith(a0, "/")
	built_path(a0)
} else := runtime.absolute(runtime.workdir(final.index, index), a0) if {
	not startswith(a0, "/")
	contains(a0, "target/")
} else := concat("/", [dirs[count(dirs) - 1], a0]) if {
	not contains(a0, "/")
	dirs := [install_bin_dir(c) | some c in producers; cargo.is_install(c.p)]
	count(dirs) > 0
}

built_path(p) if contains(p, "/target/")

built_path(p) if contains(p, "/bin/")

# copied there by cp/mv/install in a RUN
built_path(p) if {
	some c in cargo.run_commands(final)
	c.p.program in {"cp", "mv", "install"}
	c.p.argv[count(c.p.argv) - 1] == p
}

# produced_path: where a build leaves binary name.
produced_path(c, name) := concat("/", [install_bin_dir(c), name]) if cargo.is_install(c.p)

produced_path(c, name) := runtime.absolute(runtime.workdir(final.index, c.instr.index), concat("/", [target_dir(c), triple_dir(c), profile_dir(c.p), name])) if {
	not cargo.is_install(c.p)
}

install_bin_dir(c) := concat("/", [trim_right(roots[0], "/"), "bin"]) if {
	roots := option_values(c.p, "--root")
	count(roots) > 0
} else := concat("/", [object.get(c.instr.env, "CARGO_HOME", "/usr/local/cargo"), "bin"])

target_dir(c) := object.get(c.instr.env, "CARGO_TARGET_DIR", "target")

triple_dir(c) := t if {
	ts := cargo.targets(c.p)
	count(ts) == 1
	some t in ts
} else := object.get(c.instr.env, "CARGO_BUILD_TARGET", "")

profile_dir(p) := "release" if {
	some a in p.argv
	a in {"--release", "-r"}
} else := profile_name(vs[0]) if {
	vs := option_values(p, "--profile")
	count(vs) > 0
} else := "release" if {
	cargo.is_install(p)
} else := "debug"

profile_name(n) := "debug" if n in {"dev", "test"}

profile_name("bench") := "release"

profile_name(n) := n if not n in {"dev", "test", "bench"}

# option_values: the values of --name V and --name=V, in order.
option_values(p, name) := array.concat(
	[p.argv[i + 1] | some i, a in p.argv; a == name; i + 1 < count(p.argv)],
	[substring(a, count(name) + 1, -1) | some a in p.argv; startswith(a, concat("", [name, "="]))],
)

# --- which runtime ------------------------------------------------------------------

# runtime_image: distroless static for a static musl build, the same Alpine for
# Alpine's own (dynamic musl) rust, glibc-dynamic for Chainguard's rust, else distroless
# cc of the builder's Debian suite (debian slim for bullseye, which distroless dropped).
runtime_image := "gcr.io/distroless/static-debian13:nonroot" if {
	musl_build
	images.family(build_root) != "alpine"
} else := images.display(build_root) if {
	images.family(build_root) == "alpine"
} else := "cgr.dev/chainguard/glibc-dynamic" if {
	images.family(build_root) == "chainguard-rust"
} else := cc_runtime(build_suite)

build_root := cargo.root_ref(final)

musl_build if images.is_alpine_rust(build_root)

musl_build if images.family(build_root) in {"muslrust", "rust-musl-cross", "rust-musl-builder"}

musl_build if {
	some c in producers
	some t in cargo.targets(c.p)
	contains(t, "musl")
}

musl_build if {
	some c in producers
	contains(object.get(c.instr.env, "CARGO_BUILD_TARGET", ""), "musl")
}

musl_build if contains(binary.path, "-musl/")

build_suite := s if {
	images.family(build_root) in {"rust", "cargo-chef"}
	s := images.rust_suite(build_root)
} else := s if {
	images.family(build_root) == "debian"
	s := images.debian_suite(build_root.tag)
} else := ""

cc_runtime("bookworm") := "gcr.io/distroless/cc-debian12:nonroot"

cc_runtime("bullseye") := "debian:bullseye-slim"

cc_runtime(s) := "gcr.io/distroless/cc-debian13:nonroot" if not s in {"bookworm", "bullseye"}

fix_description := sprintf("add a runtime stage FROM %s that copies %s out of stage %s and runs it; everything else of that stage (toolchain, sources, ENV, packages) stays behind", [runtime_image, binary.path, builder_name]) if {
	binary.known
} else := sprintf("add a runtime stage FROM %s that copies the binary out of stage %s and runs it; replace REPLACE_ME with the binary's name, which neither CMD/ENTRYPOINT, cargo build --bin nor the build context's Cargo.toml gives", [runtime_image, builder_name])
