# METADATA
# title: Dependencies are rebuilt on every source change
# description: |
#   A stage copies the project's sources (COPY . ., COPY src ./src, or any other
#   directory) before its first cargo build (or cargo install --path), and nothing
#   compiles the dependencies on their own first. Docker invalidates every layer after
#   a changed COPY, so a one-line change recompiles all dependencies: minutes instead
#   of seconds. Accepted ways to cache them: cargo-chef (`cargo chef cook` before the
#   source COPY); copying only Cargo.toml/Cargo.lock and building a stub main.rs first;
#   a BuildKit cache mount on cargo's registry (`RUN --mount=type=cache,
#   target=/usr/local/cargo/registry cargo build`); sccache as RUSTC_WRAPPER.
#   The stub pattern needs a step after the real sources arrive that makes cargo
#   rebuild the crate (`touch src/main.rs`, `rm target/*/deps/<crate>*`,
#   `cargo clean -p <crate>`, `find ... -exec touch`): COPY keeps the files' older
#   mtimes, so cargo can find the stub fresh and ship the "Hello, world!" stub binary.
#   A whole `cargo clean` after the stub build throws the cached dependencies away.
#   (rust-images.md §5.)
#   The fix (unsafe) adds cargo-chef, not the stub pattern: a planner stage writes
#   recipe.json and `cargo chef cook` builds the dependencies before `COPY . .`. The
#   recipe covers workspaces, library targets, build scripts and [[bin]] paths, which a
#   stub main.rs breaks, and needs no invalidation step, so the fix cannot ship a stub.
#   It is offered for `COPY . .` into the directory the build runs in, on rust and
#   cargo-chef images (cargo-chef itself is installed with cargo install --locked).
# custom:
#   id: RS003
#   name: no-dependency-cache
#   severity: warning
#   aliases: []
#   fix: Use cargo-chef, or COPY Cargo.toml Cargo.lock and build a stub before copying the sources (then touch src/main.rs), or a cache mount on the cargo registry.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENTRYPOINT ["/app"]
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
#     - https://github.com/LukeMathWalker/cargo-chef/blob/main/README.md
#     - https://francoisbest.com/posts/2021/cargo-docker-mtime
#     - https://docs.docker.com/guides/rust/build-images/
package ferrolint.rust.no_dependency_cache

import data.ferrolint.lib.cargo
import data.ferrolint.lib.fixes
import data.ferrolint.lib.images
import data.ferrolint.lib.runtime
import rego.v1

# Sources copied before the build, with nothing that builds the dependencies alone.
findings contains f if {
	some a in analysis
	not stubbed(a)
	source := a.sources[0]
	not cached(a, source.pos)
	f := object.union(
		{
			"message": sprintf(
				"%s (line %d) copies the sources before cargo builds the dependencies, and no step builds them alone, so every source change recompiles all of them; cook them with cargo-chef, build them from Cargo.toml/Cargo.lock with a stub main.rs first, or mount a cache on the cargo registry",
				[copy_text(source.instr), source.instr.range.line],
			),
			"range": source.instr.range,
		},
		chef_fix(a, source),
	)
}

# A stub build whose stub nothing invalidates: cargo may ship the stub binary.
findings contains f if {
	some a in analysis
	stubbed(a)
	source := source_after_stub(a)
	not clean_all(a)
	not invalidated(a, source.pos)
	f := {
		"message": sprintf(
			"%s (line %d) may ship the stub binary: the dummy build at line %d compiled a stub crate, and after %s (line %d) nothing makes cargo rebuild it (COPY keeps the files' older mtimes); run `touch src/main.rs` (or rm target/*/deps/<crate>*, cargo clean -p <crate>) before this build",
			[concat(" ", a.last.p.argv), a.last.cmd.range.line, a.first.cmd.range.line, copy_text(source.instr), source.instr.range.line],
		),
		"range": a.last.cmd.range,
	}
}

# cargo clean between the stub build and the real one throws the cached dependencies away.
findings contains f if {
	some a in analysis
	stubbed(a)
	source_after_stub(a)
	cleans := [c | some c in between(a); cargo.is_clean_all(c.p)]
	count(cleans) > 0
	f := {
		"message": sprintf(
			"cargo clean (line %d) deletes the dependencies the dummy build at line %d compiled, so the dependency layer caches nothing; use cargo clean -p <crate> or touch src/main.rs instead",
			[cleans[0].cmd.range.line, a.first.cmd.range.line],
		),
		"range": cleans[0].cmd.range,
	}
}

# --- per-stage analysis -------------------------------------------------------------

# analysis[i] describes a stage that runs a build itself: the commands and source
# copies of its FROM chain (in order), its first and last build. The sources are
# those copied before the last build.
analysis[i] := {
	"timeline": cargo.timeline(input.stages[i]),
	"runs": runs,
	"builds": builds,
	"first": builds[0],
	"last": builds[count(builds) - 1],
	"sources": [x | some x in source_copies(input.stages[i]); x.pos < builds[count(builds) - 1].pos],
} if {
	some i, _ in input.stages
	builds_itself(i)
	runs := cargo.run_commands(input.stages[i])
	builds := [c | some c in runs; cargo.is_build(c.p)]
}

builds_itself(i) if {
	some own in cargo.stage_runs[i]
	cargo.is_build(own.p)
}

# between: the commands after the first build and before the last one.
between(a) := [c | some c in a.runs; c.pos > a.first.pos; c.pos < a.last.pos]

# --- source copies ------------------------------------------------------------------

# source_copies: COPY/ADD from the build context of a directory or the whole context.
source_copies(stage) := [{"pos": instr.index * 1000, "instr": instr} |
	some instr in cargo.timeline(stage)
	instr.keyword in {"COPY", "ADD"}
	instr.from == ""
	copies_sources(instr)
]

copies_sources(instr) if {
	n := count(instr.args)
	some i, a in instr.args
	i < n - 1
	source_like(a.value)
}

# Not sources: files without an extension that are not directories.
plain_files := {
	"Makefile", "makefile", "Justfile", "justfile", "Dockerfile", "Containerfile", "LICENSE",
	"README", "NOTICE", "AUTHORS", "COPYING", "CHANGELOG", "VERSION", "Procfile",
	"rust-toolchain",
}

source_like(p) if {
	not contains(p, "://")
	not startswith(p, "git@")
	not startswith(p, "<<")
	is_source_path(trim_prefix(trim_prefix(trim_right(p, "/"), "./"), "./"))
}

# the whole context, or a subdirectory's contents (dir/.)
is_source_path(p) if p in {"", ".", "*", "./*"}

is_source_path(p) if endswith(p, "/.")

is_source_path(p) if {
	some part in split(p, "/")
	part == "src"
}

is_source_path(p) if {
	parts := split(p, "/")
	base := parts[count(parts) - 1]
	not contains(base, ".")
	not contains(base, "*")
	not plain_files[base]
	base != ""
}

# source_after_stub: the first source copy between the stub build and the last build.
source_after_stub(a) := ss[0] if {
	ss := [x | some x in a.sources; x.pos > a.first.pos]
	count(ss) > 0
}

# --- accepted caches ----------------------------------------------------------------

cached(a, source_pos) if {
	some c in a.runs
	c.pos < source_pos
	cargo.is_cook(c.p)
}

cached(a, source_pos) if {
	some b in a.builds
	b.pos > source_pos
	some m in b.instr.mounts
	cargo.is_registry_cache(m)
}

cached(a, source_pos) if {
	some b in a.builds
	b.pos > source_pos
	contains(object.get(b.instr.env, "RUSTC_WRAPPER", ""), "sccache")
}

# --- the stub pattern ---------------------------------------------------------------

# stubbed: the first build compiles the dependencies without the sources: it runs after
# the manifests but before any source copy, or after a stub was written (cargo new/init,
# echo > src/main.rs).
stubbed(a) if {
	not source_before_first(a)
	manifest_before_first(a)
}

stubbed(a) if {
	some c in a.runs
	c.pos < a.first.pos
	writes_stub(c)
}

source_before_first(a) if a.sources[0].pos < a.first.pos

# manifest_before_first: Cargo.toml (or Cargo.lock, Cargo.*) is copied in before the
# first build, so that build can compile the dependencies.
manifest_before_first(a) if {
	some instr in a.timeline
	instr.index * 1000 < a.first.pos
	instr.keyword in {"COPY", "ADD"}
	instr.from == ""
	n := count(instr.args)
	some i, arg in instr.args
	i < n - 1
	parts := split(arg.value, "/")
	startswith(parts[count(parts) - 1], "Cargo.")
}

writes_stub(c) if {
	cargo.is_cargo(c.p)
	c.p.sub in {"new", "init"}
}

writes_stub(c) if {
	some r in c.cmd.redirects
	endswith(r.target, ".rs")
}

writes_stub(c) if touches_rs(c.p)

touches_rs(p) if {
	p.program == "touch"
	some a in p.argv
	endswith(a, ".rs")
}

clean_all(a) if {
	some c in between(a)
	cargo.is_clean_all(c.p)
}

# invalidated: after the stub build, something makes cargo rebuild the crate; a new
# mtime only counts once the real sources are in place.
invalidated(a, _) if {
	some c in between(a)
	removes_crate_artifacts(c.p)
}

invalidated(a, _) if {
	some c in between(a)
	cargo.is_clean_package(c.p)
}

invalidated(a, source_pos) if {
	some c in between(a)
	c.pos > source_pos
	refreshes_mtime(c.p)
}

removes_crate_artifacts(p) if {
	p.program == "rm"
	some a in p.argv
	contains(a, "target/")
	some marker in {"/deps/", ".fingerprint"}
	contains(a, marker)
}

refreshes_mtime(p) if touches_rs(p)

refreshes_mtime(p) if {
	p.program in {"find", "xargs"}
	some a in p.argv
	a == "touch"
}

# --- text ---------------------------------------------------------------------------

copy_text(instr) := concat(" ", array.concat([instr.keyword], [a.value | some a in instr.args]))

# --- the fix ------------------------------------------------------------------------

# chef_fix: a planner stage before the builder, and cargo-chef's cook (with the build's
# flags, so the cooked dependencies match) before the source copy. Offered when the
# copy is the whole context into the directory the last build runs in, in the stage
# that builds, on a rust or cargo-chef image.
chef_fix(a, source) := {"fix": {
	"description": sprintf("cook the dependencies with cargo-chef: add a %s stage that runs cargo chef prepare, and run cargo chef cook before %s, so a source change rebuilds only the crate", [planner_name(stage), copy_text(source.instr)]),
	"safe": false,
	"edits": [
		fixes.insert_before(stage.instructions[0], planner_text(stage)),
		fixes.insert_before(source.instr, cook_text(stage, a.last.p)),
	],
}} if {
	stage := stage_of(source.instr)
	stage_of(a.last.instr).index == stage.index
	images.family(cargo.root_ref(stage)) in {"rust", "cargo-chef"}
	copies_context_here(stage, source.instr)
	not workdir_between(stage, source.instr.index, a.last.instr.index)
	not changes_dir(a.last.instr)
	plain_build(a.last.p)
} else := {}

stage_of(instr) := s if {
	some s in input.stages
	some x in s.instructions
	x.index == instr.index
}

copies_context_here(stage, instr) if {
	instr.keyword == "COPY"
	every fl in instr.flags {
		fl.name in {"chown", "chmod", "link"}
	}
	count(instr.args) == 2
	instr.args[0].value in {".", "./"}
	dir := runtime.workdir(stage.index, instr.index)
	runtime.absolute(dir, instr.args[1].value) == dir
}

workdir_between(stage, from, to) if {
	some x in stage.instructions
	x.keyword == "WORKDIR"
	x.index > from
	x.index < to
}

changes_dir(instr) if {
	some c in instr.commands
	c.name == "cd"
}

plain_build(p) if {
	p.sub in {"build", "b"}
	not cargo.has_option(p, "--manifest-path")
}

plain_build(p) if {
	cargo.is_local_install(p)
	not cargo.has_option(p, "--manifest-path")
}

planner_name(_) := "planner" if not name_taken("planner")

planner_name(stage) := sprintf("planner%d", [stage.index]) if name_taken("planner")

name_taken(name) if {
	some s in input.stages
	s.name == name
}

planner_text(stage) := concat("\n", array.concat(
	array.concat([planner_from(stage), "WORKDIR /app"], install_chef(stage)),
	["COPY . .", "RUN cargo chef prepare --recipe-path recipe.json", "", ""],
))

planner_from(stage) := sprintf("FROM %s AS %s", [stage.from.image, planner_name(stage)]) if stage.from.platform == ""

planner_from(stage) := sprintf("FROM --platform=%s %s AS %s", [stage.from.platform, stage.from.image, planner_name(stage)]) if {
	stage.from.platform != ""
}

# cargo-chef images have it; on rust images it is installed (a cached layer).
install_chef(stage) := [] if images.family(cargo.root_ref(stage)) == "cargo-chef"

install_chef(stage) := ["RUN cargo install cargo-chef --locked"] if images.family(cargo.root_ref(stage)) == "rust"

cook_text(stage, p) := concat("\n", array.concat(install_chef(stage), [
	sprintf("COPY --from=%s /app/recipe.json recipe.json", [planner_name(stage)]),
	concat(" ", array.concat(array.concat(["RUN cargo chef cook"], cook_flags(p)), ["--recipe-path recipe.json"])),
	"",
]))

# cook_flags: the build's flags that change what the dependencies are compiled with;
# cargo install builds in release unless --debug.
cook_flags(p) := array.concat(install_release(p), [w | some i, _ in p.argv; i > 0; some w in kept_flag(p.argv, i)])

install_release(p) := ["--release"] if {
	cargo.is_local_install(p)
	not "--debug" in p.argv
	not cargo.has_option(p, "--profile")
}

install_release(p) := [] if not cargo.is_local_install(p)

install_release(p) := [] if {
	cargo.is_local_install(p)
	some opt in {"--debug", "--profile"}
	cargo.has_option(p, opt)
}

cook_value_flags := {"--profile", "--target", "--features", "-F", "-p", "--package", "--bin"}

cook_bool_flags := {"--all-features", "--no-default-features", "--workspace", "--locked", "--frozen", "--offline"}

kept_flag(argv, i) := ["--release"] if argv[i] in {"--release", "-r"}

kept_flag(argv, i) := [argv[i], argv[i + 1]] if {
	argv[i] in cook_value_flags
	i + 1 < count(argv)
}

kept_flag(argv, i) := [argv[i]] if {
	some name in cook_value_flags
	startswith(argv[i], concat("", [name, "="]))
}

kept_flag(argv, i) := [argv[i]] if argv[i] in cook_bool_flags
