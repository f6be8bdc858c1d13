# METADATA
# title: Runtime image cannot run the binary's link mode
# description: |
#   The binary copied into the final stage needs a C runtime that the final image does
#   not have. The link mode is read from the stage that builds the binary: the target
#   triple (the target/<triple>/ path it is copied from, --target on cargo build,
#   install, zigbuild or chef cook, CARGO_BUILD_TARGET), else the builder image
#   (rust:*alpine*, muslrust, rust-musl-cross and rust-musl-builder build static musl;
#   rust:<debian> and cargo-chef build dynamic glibc binaries for the tag's Debian suite;
#   Alpine with apk's rust builds dynamic musl), and +crt-static/-crt-static in RUSTFLAGS
#   or the command, and the build context's .cargo/config.toml ([build] target, rustflags).
#   It is judged against the final stage's base image (rust-images.md
#   §4.5 matrix):
#   a dynamic glibc binary cannot start on scratch, distroless static, Chainguard static
#   or alpine (no glibc), nor on distroless base/base-nossl (no libgcc_s.so.1), and fails
#   with "GLIBC_2.xx not found" on a runtime whose glibc is older than the builder's
#   (rust:1/latest/1.89+ are Debian trixie with glibc 2.41 while cc-debian12 and
#   bookworm-slim have 2.36; bookworm binaries need 2.34, more than bullseye's 2.31).
#   cargo zigbuild targets with a glibc suffix (x86_64-unknown-linux-gnu.2.17) are not
#   checked for skew. A dynamic musl binary runs only on Alpine (error); a static glibc
#   binary on scratch/static/alpine loses NSS (warning); a static musl binary on
#   distroless cc could use the smaller static image (info). Unknown builders or runtimes,
#   copies that are not cargo output, and export stages (a final FROM scratch without
#   CMD or ENTRYPOINT, for docker build --output) are not judged.
#   Fix: run on an image that matches the build, e.g. gcr.io/distroless/cc-debian13:nonroot
#   for a trixie glibc build, gcr.io/distroless/static-debian13:nonroot for musl, or build
#   on the runtime's Debian suite (rust:1.94-slim-bookworm for cc-debian12).
# custom:
#   id: RS005
#   name: runtime-libc-mismatch
#   severity: error
#   aliases: []
#   fix: Match the runtime to the build, e.g. gcr.io/distroless/cc-debian13:nonroot for glibc builds on trixie, distroless static for musl.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/static-debian13:nonroot
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
#     - https://github.com/GoogleContainerTools/distroless/blob/main/cc/README.md
#     - https://github.com/rust-lang/rfcs/blob/master/text/1721-crt-static.md
#     - https://github.com/apollographql/router/issues/8450
package ferrolint.rust.runtime_libc_mismatch

import data.ferrolint.lib.cargo
import data.ferrolint.lib.images
import rego.v1

final := cargo.final_stage

runtime_ref := cargo.root_ref(final)

runtime := images.runtime_libc(runtime_ref)

findings contains f if {
	some p in problems
	f := object.union(
		{
			"message": sprintf("the binary copied from %s is %s, but %s", [stage_label(p.stage), p.link_text, p.text]),
			"range": final.from.range,
			"severity": p.severity,
		},
		fix(p.image),
	)
}

fix("") := {}

fix(image) := {"fix": {
	"description": sprintf("run on %s", [image]),
	"safe": false,
	"edits": [{"range": final.from.range, "new_text": image}],
}} if image != ""

# --- what is copied -----------------------------------------------------------------

# binary_sources: COPY --from=<stage> in the final stage (or the stages it builds on)
# of something that plausibly is cargo's output.
binary_sources contains {"stage": instr.from_stage, "path": a.value} if {
	not export_stage
	some instr in cargo.timeline(final)
	instr.keyword in {"COPY", "ADD"}
	instr.from_stage >= 0
	n := count(instr.args)
	some i, a in instr.args
	i < n - 1
	plausible_binary(instr.from_stage, a.value)
}

# export_stage: a final FROM scratch without CMD or ENTRYPOINT only carries files out
# of the build (docker build --output); nothing runs it.
export_stage if {
	runtime_ref.scratch
	not runs_something
}

runs_something if {
	some instr in cargo.timeline(final)
	instr.keyword in {"CMD", "ENTRYPOINT"}
}

plausible_binary(_, path) if contains(concat("", ["/", path]), "/target/")

plausible_binary(_, path) if endswith(concat("", ["/", trim_right(path, "/")]), "/target")

plausible_binary(_, path) if contains(path, "cargo/bin")

plausible_binary(stage, path) if {
	count(producers_of[stage]) > 0
	not data_path(path)
}

# Paths that hold data, not a binary: /etc, /usr/share, web bundles, files with an
# extension other than .so.
data_path(path) if startswith(path, "/etc/")

data_path(path) if startswith(path, "/usr/share/")

data_path(path) if {
	some part in split(path, "/")
	part in {"dist", "node_modules", "static", "public", "assets", "html"}
}

data_path(path) if {
	parts := split(trim_right(path, "/"), "/")
	base := parts[count(parts) - 1]
	contains(base, ".")
	not endswith(base, ".so")
	base != "."
}

# --- link mode of a copied binary ---------------------------------------------------

# links[src]: the link mode of each copied binary, computed once.
links[src] := link(src) if some src in binary_sources

# link: {"libc": "gnu"|"musl", "static": bool, "glibc": version or "", "suite": Debian
# suite or ""}; undefined when it cannot be told.
link(src) := l if {
	stage := input.stages[src.stage]
	ts := triples(stage, src.path)
	count(ts) == 0
	l := host_link(stage)
}

link(src) := l if {
	stage := input.stages[src.stage]
	ts := triples(stage, src.path)
	count(ts) > 0
	l := target_link(stage, ts)
}

# producers_of[i]: the commands of stage i's chain that leave a binary behind.
producers_of[i] := [c | some c in cargo.run_commands(input.stages[i]); cargo.produces_binary(c.p)] if {
	some i, _ in input.stages
}

producers(stage) := producers_of[stage.index]

# triples: the target/<triple>/ of the copied path, else the targets the builds name.
triples(_, path) := {m[1]} if {
	m := regex.find_all_string_submatch_n(`(?:^|/)target/([A-Za-z0-9_.]+-[A-Za-z0-9_.-]+)/`, path, 1)[0]
}

triples(stage, path) := explicit_targets(stage) if {
	not regex.match(`(?:^|/)target/([A-Za-z0-9_.]+-[A-Za-z0-9_.-]+)/`, path)
}

explicit_targets(stage) := {t | some c in producers(stage); some t in cargo.targets(c.p)} | {t |
	some c in producers(stage)
	t := c.instr.env.CARGO_BUILD_TARGET
} | config_target(stage)

# config_target: [build] target of the context's .cargo/config.toml, when the stage builds.
config_target(stage) := {t |
	count(producers(stage)) > 0
	t := input.context.cargo_config.build_target
	t != ""
}

libc_class(t) := "musl" if contains(t, "musl")

libc_class(t) := "gnu" if {
	not contains(t, "musl")
	contains(t, "-gnu")
}

libc_class(t) := "other" if {
	not contains(t, "musl")
	not contains(t, "-gnu")
}

target_link(stage, ts) := l if {
	not unresolved(ts)
	{libc_class(t) | some t in ts} == {"musl"}
	l := {"libc": "musl", "static": musl_static(stage), "glibc": "", "suite": ""}
}

target_link(stage, ts) := l if {
	not unresolved(ts)
	{libc_class(t) | some t in ts} == {"gnu"}
	g := gnu_glibc(stage, ts)
	l := {"libc": "gnu", "static": gnu_static(stage), "glibc": g.glibc, "suite": g.suite}
}

unresolved(ts) if {
	some t in ts
	contains(t, "$")
}

# gnu_glibc: which glibc a gnu target links against. zigbuild picks it with a suffix
# (x86_64-unknown-linux-gnu.2.17, also when the copied path names the bare triple) or
# its own default; otherwise the builder's suite.
gnu_glibc(stage, ts) := {"glibc": v, "suite": ""} if {
	zig(stage)
	vs := glibc_suffixes(stage, ts)
	count(vs) == 1
	some v in vs
}

gnu_glibc(stage, ts) := {"glibc": "", "suite": ""} if {
	zig(stage)
	count(glibc_suffixes(stage, ts)) != 1
}

gnu_glibc(stage, _) := builder_glibc(cargo.root_ref(stage)) if not zig(stage)

glibc_suffixes(stage, ts) := {v |
	some t in (ts | explicit_targets(stage))
	v := regex.find_all_string_submatch_n(`\.(2\.[0-9]+)$`, t, 1)[0][1]
}

zig(stage) if {
	some c in producers(stage)
	cargo.is_zigbuild(c.p)
}

# host_link: no target named, so the builder image's host triple decides.
host_link(stage) := {"libc": "musl", "static": musl_static(stage), "glibc": "", "suite": ""} if {
	root := cargo.root_ref(stage)
	musl_builder(root)
}

host_link(stage) := {"libc": "musl", "static": musl_static(stage), "glibc": "", "suite": ""} if {
	images.family(cargo.root_ref(stage)) == "alpine"
	apk_rust(stage)
}

host_link(stage) := l if {
	root := cargo.root_ref(stage)
	images.family(root) in {"rust", "cargo-chef", "chainguard-rust"}
	not images.is_alpine_rust(root)
	g := builder_glibc(root)
	l := {"libc": "gnu", "static": gnu_static(stage), "glibc": g.glibc, "suite": g.suite}
}

# A distro image is a builder only when cargo runs in it (rustup installed the toolchain).
host_link(stage) := l if {
	root := cargo.root_ref(stage)
	images.family(root) in {"debian", "ubuntu"}
	count(producers(stage)) > 0
	g := builder_glibc(root)
	l := {"libc": "gnu", "static": gnu_static(stage), "glibc": g.glibc, "suite": g.suite}
}

musl_builder(root) if images.family(root) in {"muslrust", "rust-musl-cross", "rust-musl-builder"}

musl_builder(root) if images.is_alpine_rust(root)

# builder_glibc: the glibc (and Debian suite) a builder image links against.
builder_glibc(root) := {"glibc": images.suite_glibc[s], "suite": s} if {
	images.family(root) in {"rust", "cargo-chef"}
	s := images.rust_suite(root)
}

builder_glibc(root) := {"glibc": "", "suite": ""} if {
	images.family(root) in {"rust", "cargo-chef"}
	not images.rust_suite(root)
}

builder_glibc(root) := {"glibc": rt.glibc, "suite": rt.suite} if {
	images.family(root) in {"debian", "ubuntu"}
	rt := images.runtime_libc(root)
}

builder_glibc(root) := {"glibc": "", "suite": ""} if {
	images.family(root) in {"debian", "ubuntu"}
	not images.runtime_libc(root)
}

builder_glibc(root) := {"glibc": "", "suite": ""} if {
	not images.family(root) in {"rust", "cargo-chef", "debian", "ubuntu"}
}

apk_rust(stage) if {
	some c in cargo.run_commands(stage)
	c.p.program == "apk"
	args := c.p.argv
	"add" in args
	some a in args
	a in {"rust", "cargo"}
}

# crt-static: RUSTFLAGS-like variables of the builds, and the build commands' own words.
flag_text(stage) := concat(" ", array.concat(
	[v |
		some c in producers(stage)
		some k, v in c.instr.env
		rustflags_var(k)
	],
	array.concat(
		[a |
			some c in producers(stage)
			some a in c.p.argv
		],
		object.get(input, ["context", "cargo_config", "rustflags"], []),
	),
))

rustflags_var(k) if k in {"RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS"}

rustflags_var(k) if regex.match(`^CARGO_TARGET_[A-Z0-9_]+_RUSTFLAGS$`, k)

plus_static(stage) if contains(flag_text(stage), "+crt-static")

minus_static(stage) if contains(flag_text(stage), "-crt-static")

# musl is static by default with rustup's toolchains; Alpine's packaged rust is dynamic.
musl_static(stage) if {
	not apk_rust(stage)
	not minus_static(stage)
}

musl_static(stage) := false if {
	not apk_rust(stage)
	minus_static(stage)
	not plus_static(stage)
}

musl_static(stage) := plus_static_bool(stage) if {
	apk_rust(stage)
	not both_static_flags(stage)
}

gnu_static(stage) := plus_static_bool(stage) if not both_static_flags(stage)

plus_static_bool(stage) if plus_static(stage)

plus_static_bool(stage) := false if not plus_static(stage)

both_static_flags(stage) if {
	plus_static(stage)
	minus_static(stage)
}

# --- the matrix ---------------------------------------------------------------------

# glibc dynamic on an image without any libc.
problems contains problem(src, l, "error", sprintf("%s has no C library: it cannot start (libc.so.6, the ld-linux loader and libgcc_s.so.1 are missing)", [images.display(runtime_ref)]), cc_image(l)) if {
	some src, l in links
	l.libc == "gnu"
	not l.static
	runtime.libc == "none"
}

# glibc dynamic on musl (Alpine), unless gcompat/libc6-compat is installed.
problems contains problem(src, l, "error", sprintf("%s has musl, not glibc: it cannot start (the glibc loader ld-linux is missing, so exec fails with \"no such file or directory\")", [images.display(runtime_ref)]), glibc_image_for_alpine(l)) if {
	some src, l in links
	l.libc == "gnu"
	not l.static
	runtime.libc == "musl"
	not glibc_compat
}

# glibc dynamic on glibc without libgcc_s (distroless base, base-nossl).
problems contains problem(src, l, "error", sprintf("%s has glibc but not libgcc_s.so.1, which Rust binaries need for unwinding: it fails with \"libgcc_s.so.1: cannot open shared object file\"", [images.display(runtime_ref)]), cc_image(l)) if {
	some src, l in links
	l.libc == "gnu"
	not l.static
	runtime.libc == "glibc"
	not runtime.libgcc
}

# glibc dynamic on an older glibc.
problems contains problem(src, l, "error", sprintf("%s has glibc %s%s: the binary fails at startup with \"version `GLIBC_%s' not found\"; build on the runtime's suite or run on a runtime at least as new", [images.display(runtime_ref), runtime.glibc, suite_text(runtime.suite), needed]), skew_fix_image(src, l)) if {
	some src, l in links
	l.libc == "gnu"
	not l.static
	runtime.libc == "glibc"
	runtime.glibc != ""
	l.glibc != ""
	needed := glibc_needed(l)
	images.glibc_newer(needed, runtime.glibc)
}

# glibc static (+crt-static) without glibc at runtime: NSS cannot load its modules.
problems contains problem(src, l, "warning", sprintf("%s has no glibc: DNS and user lookups (getaddrinfo, NSS) still load glibc's shared modules at runtime and fail; prefer a musl target, or a runtime with glibc", [images.display(runtime_ref)]), "") if {
	some src, l in links
	l.libc == "gnu"
	l.static
	runtime.libc in {"none", "musl"}
}

# musl static on distroless cc: the glibc and libgcc layers are unused.
problems contains problem(src, l, "info", sprintf("%s ships glibc and libgcc the binary never uses: %s is enough and smaller", [images.display(runtime_ref), static_image]), static_image) if {
	some src, l in links
	l.libc == "musl"
	l.static
	runtime.kind == "distroless-cc"
	static_image := distroless_static(runtime_ref)
}

# musl dynamic (Alpine's rust) anywhere but Alpine.
problems contains problem(src, l, "error", sprintf("%s is not Alpine: it cannot start (the musl loader ld-musl and libgcc_s are missing)", [images.display(runtime_ref)]), alpine_image(src)) if {
	some src, l in links
	l.libc == "musl"
	not l.static
	runtime.kind != "alpine"
}

problem(src, l, severity, text, image) := {
	"stage": src.stage,
	"link_text": link_text(l),
	"severity": severity,
	"text": text,
	"image": image,
}

glibc_needed(l) := images.glibc_needed[l.suite]

glibc_needed(l) := l.glibc if not images.glibc_needed[l.suite]

glibc_compat if {
	some c in cargo.run_commands(final)
	c.p.program == "apk"
	some a in c.p.argv
	a in {"gcompat", "libc6-compat"}
}

# --- texts and replacement images ---------------------------------------------------

link_text(l) := sprintf("linked dynamically against glibc %s (built on Debian %s)", [l.glibc, l.suite]) if {
	l.libc == "gnu"
	not l.static
	l.suite != ""
}

link_text(l) := sprintf("linked dynamically against glibc %s", [l.glibc]) if {
	l.libc == "gnu"
	not l.static
	l.suite == ""
	l.glibc != ""
}

link_text(l) := "linked dynamically against glibc" if {
	l.libc == "gnu"
	not l.static
	l.glibc == ""
}

link_text(l) := "linked statically against glibc (+crt-static)" if {
	l.libc == "gnu"
	l.static
}

link_text(l) := "statically linked against musl" if {
	l.libc == "musl"
	l.static
}

link_text(l) := "linked dynamically against musl (Alpine's packaged rust links that way)" if {
	l.libc == "musl"
	not l.static
}

suite_text("") := ""

suite_text(s) := sprintf(" (Debian %s)", [s]) if s != ""

distroless_tag := runtime_ref.tag if {
	images.family(runtime_ref) == "distroless"
	runtime_ref.tag != ""
}

distroless_tag := "nonroot" if not keeps_tag

keeps_tag if {
	images.family(runtime_ref) == "distroless"
	runtime_ref.tag != ""
}

# cc_image: distroless cc of the builder's suite (Debian 12 and 13 are published).
cc_image(l) := sprintf("gcr.io/distroless/cc-debian%s:%s", [images.suite_number[l.suite], distroless_tag]) if {
	l.suite in {"bookworm", "trixie"}
}

cc_image(l) := sprintf("debian:%s-slim", [l.suite]) if {
	l.suite != ""
	not l.suite in {"bookworm", "trixie"}
}

cc_image(l) := "" if l.suite == ""

# An Alpine final stage that runs commands needs a shell: offer debian slim there.
glibc_image_for_alpine(l) := sprintf("debian:%s-slim", [l.suite]) if {
	l.suite != ""
	final_runs_commands
}

glibc_image_for_alpine(l) := cc_image(l) if not final_runs_commands

glibc_image_for_alpine(l) := "" if {
	l.suite == ""
	final_runs_commands
}

final_runs_commands if {
	some instr in final.instructions
	instr.keyword == "RUN"
}

# skew_fix_image: no runtime change when the builder's tag floats: RS001's safe fix pins
# it to the newest suite the runtime's glibc runs, which ends the skew and keeps the
# runtime; changing both would be one fix too many.
skew_fix_image(src, _) := "" if builder_floats(src)

skew_fix_image(src, l) := newer_runtime(l) if not builder_floats(src)

builder_floats(src) if {
	root := cargo.root_ref(input.stages[src.stage])
	images.family(root) in {"rust", "cargo-chef"}
	images.pin_problem(root)
	not startswith(images.rust_tag(root), "nightly")
}

# newer_runtime: the runtime's family at the builder's suite.
newer_runtime(l) := cc_image(l) if runtime.kind in {"distroless-cc", "distroless-base"}

newer_runtime(l) := sprintf("debian:%s-slim", [l.suite]) if {
	not runtime.kind in {"distroless-cc", "distroless-base"}
	l.suite != ""
}

newer_runtime(l) := "" if {
	not runtime.kind in {"distroless-cc", "distroless-base"}
	l.suite == ""
}

distroless_static(ref) := concat("", ["gcr.io/distroless/static-debian", images.suite_number[p.suite], images.tag_part(ref)]) if {
	p := images.distroless_parts(ref)
}

# alpine_image: the Alpine image the binary was built on.
alpine_image(src) := images.display(root) if {
	root := cargo.root_ref(input.stages[src.stage])
	images.family(root) == "alpine"
}

alpine_image(src) := "" if not built_on_alpine(src)

built_on_alpine(src) if images.family(cargo.root_ref(input.stages[src.stage])) == "alpine"

stage_label(i) := sprintf("stage %q", [input.stages[i].name]) if input.stages[i].name != ""

stage_label(i) := sprintf("stage %d", [i]) if input.stages[i].name == ""
