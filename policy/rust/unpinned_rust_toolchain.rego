# METADATA
# title: Rust toolchain image is not pinned
# description: |
#   A build stage starts from a Rust toolchain image (rust, rustlang/rust,
#   ghcr.io/rust-lang/rust, lukemathwalker/cargo-chef, clux/muslrust, *rust-musl-cross,
#   cgr.dev/chainguard/rust) whose tag does not name a Rust minor version: no tag or
#   latest, a major-only tag (1, 1-slim, 1-bookworm, 1-alpine3.20), a suite-only tag
#   (slim, bookworm, slim-bookworm, alpine), or nightly. Those tags move to every new
#   Rust release, so the next build silently uses another compiler (new lints and
#   errors, MSRV changes) and, for rust:1 and rust:latest, another Debian: they moved
#   from bookworm (glibc 2.36) to trixie (glibc 2.41) on 2025-08-19 and broke images
#   whose runtime stayed on bookworm. A cargo-chef tag is judged by its Rust part
#   (latest-rust-1 floats, latest-rust-1.94-trixie pins). Chainguard publishes only
#   :latest, so there only a digest pins. An ARG without a default in the tag decides
#   the version at build time. 1.N and 1.N.P tags and any digest pass. Stages built on
#   an earlier stage are judged once, at the stage that names the image. When the build
#   context has a rust-toolchain(.toml) that names a version, that file pins the
#   toolchain: the rule then reports only tags that name no Debian suite. With
#   rust.pin-level patch in .ferrolint.yaml a minor-only tag (1.94-slim-trixie) is
#   reported too, unless that file names a 1.N.P channel; with digest, any toolchain
#   image without a digest.
#   Fix: pin at least the minor version and the suite, e.g. rust:1.94-slim-trixie, or
#   a digest; use the Debian suite of the runtime image so the binary finds its glibc.
# custom:
#   id: RS001
#   name: unpinned-rust-toolchain
#   severity: warning
#   aliases: []
#   fix: Pin the toolchain to a minor or patch tag, e.g. rust:1.94-slim-trixie, or a digest.
#   examples:
#     bad: |
#       FROM rust:latest AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
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
#     - https://hub.docker.com/_/rust
#     - https://github.com/rust-lang/docker-rust
#     - https://github.com/transact-rs/sqlx/issues/4000
#     - https://rust-lang.github.io/rustup/overrides.html
package ferrolint.rust.unpinned_rust_toolchain

import data.ferrolint.lib.cargo
import data.ferrolint.lib.images
import rego.v1

findings contains f if {
	some stage in input.stages
	stage.from.base_stage < 0
	count(stage.from.missing_args) == 0
	ref := stage.from.ref
	ref.valid
	problem := images.pin_problem(ref)
	f := object.union(
		{
			"message": message(stage, ref, problem),
			"range": stage.from.range,
		},
		fix(stage, ref),
	)
}

message(stage, ref, problem) := sprintf("%s %s; %s", [stage.from.resolved, problem, advice(stage, ref)]) if {
	not toolchain_file_pins
}

# A rust-toolchain file in the build context that names a version decides the Rust
# version whatever the tag says (rustup overrides, rust-images.md §1.3): only the Debian
# suite of a tag that names none still floats, and a tag that names one is not reported.
message(stage, ref, _) := sprintf(
	"%s takes its Rust version from %s (channel %s) but names no Debian suite, so the OS and glibc of the build float (rust:1 and rust:latest moved from bookworm to trixie on 2025-08-19); name the suite, e.g. %s",
	[stage.from.resolved, input.context.rust_toolchain.file, input.context.rust_toolchain.channel, with_suite(ref)],
) if {
	toolchain_file_pins
	images.family(ref) in {"rust", "cargo-chef"}
	not contains(images.rust_tag(ref), "alpine")
	not images.suite_in_tag(images.rust_tag(ref))
}

toolchain_file_pins if regex.match(`^1\.[0-9]+`, input.context.rust_toolchain.channel)

# rust.pin-level in .ferrolint.yaml asks for more than a minor version. Reported only
# where the findings above say nothing, with no fix: the right patch or digest cannot be
# known here.
pin_level := data.ferrolint.config.rust.pin_level if {
	is_string(data.ferrolint.config.rust.pin_level)
} else := "minor"

findings contains {
	"message": sprintf("%s %s", [stage.from.resolved, level_problem(ref)]),
	"range": stage.from.range,
} if {
	some stage in input.stages
	stage.from.base_stage < 0
	count(stage.from.missing_args) == 0
	ref := stage.from.ref
	ref.valid
	images.is_rust_toolchain(ref)
	ref.digest == ""
	not reported(stage, ref)
}

reported(stage, ref) if message(stage, ref, images.pin_problem(ref))

level_problem(ref) := sprintf("pins only the minor version, and the configuration requires pin-level patch: the toolchain still moves to every 1.N.P release; pin a patch version, e.g. %s, or a digest", [patch_example(ref)]) if {
	pin_level == "patch"
	not images.pin_problem(ref)
	not patch_pinned(ref)
}

level_problem(ref) := sprintf("has no digest, and the configuration requires pin-level digest: a tag can be pushed again with other content; pin it by digest, e.g. %s@sha256:<digest>", [images.display(ref)]) if {
	pin_level == "digest"
}

# A patch version anywhere in the version part of the tag (rust:1.94.1-slim,
# clux/muslrust:1.94.1-stable), a dated nightly, or a rust-toolchain file naming one.
patch_pinned(ref) if regex.match(`(^|[^0-9.])1\.[0-9]+\.[0-9]+`, version_tag(ref))

patch_pinned(ref) if images.dated_nightly(ref.tag)

patch_pinned(_) if regex.match(`^1\.[0-9]+\.[0-9]+$`, input.context.rust_toolchain.channel)

version_tag(ref) := images.rust_tag(ref) if images.family(ref) in {"rust", "cargo-chef"}

version_tag(ref) := ref.tag if not images.family(ref) in {"rust", "cargo-chef"}

# patch_example turns the minor version of the tag into 1.N.P (rust:1.77.P-slim-bookworm).
patch_example(ref) := concat("", [ref.name, ":", regex.replace(ref.tag, `(^|[^0-9.])(1\.[0-9]+)([^0-9.]|$)`, "${1}${2}.P${3}")])

with_suite(ref) := concat("", [ref.name, ":", images.default_suite]) if ref.tag in {"", "latest"}

with_suite(ref) := concat("", [ref.name, ":", ref.tag, "-", images.default_suite]) if not ref.tag in {"", "latest"}

# An ARG without a value in the tag: the version is chosen by --build-arg, if at all.
findings contains f if {
	some stage in input.stages
	stage.from.base_stage < 0
	count(stage.from.missing_args) > 0
	ref := images.parse_ref(stage.from.image)
	images.is_rust_toolchain(ref)
	not rust_part_pinned(ref)
	f := {
		"message": sprintf(
			"%s: %s no default value, so the Rust version is whatever --build-arg passes (the build fails without one); give %s a default that pins a minor version, e.g. ARG %s=%s",
			[stage.from.image, missing_text(stage.from.missing_args), version_arg(stage.from.missing_args), version_arg(stage.from.missing_args), images.known_stable_minor],
		),
		"range": stage.from.range,
	}
}

rust_part_pinned(ref) if {
	ref.digest != ""
}

rust_part_pinned(ref) if {
	images.family(ref) in {"rust", "cargo-chef"}
	images.minor_pinned(images.rust_tag(ref))
}

# version_arg: the missing ARG that most likely holds the Rust version.
version_arg(args) := rust_args[0] if {
	rust_args := [a | some a in args; contains(upper(a), "RUST")]
	count(rust_args) > 0
}

version_arg(args) := args[0] if {
	count([a | some a in args; contains(upper(a), "RUST")]) == 0
}

missing_text(args) := sprintf("ARG %s has", [args[0]]) if count(args) == 1

missing_text(args) := sprintf("ARGs %s have", [concat(", ", args)]) if count(args) > 1

advice(stage, ref) := sprintf("pin a minor or patch version, e.g. %s, or a digest", [new_text(stage, ref)]) if {
	new_text(stage, ref)
}

advice(stage, ref) := sprintf("pin it by digest, e.g. %s@sha256:<digest>", [ref.name]) if {
	not new_text(stage, ref)
	images.family(ref) == "chainguard-rust"
}

advice(stage, ref) := "pin a minor or patch version (1.N or 1.N.P) or a digest" if {
	not new_text(stage, ref)
	images.family(ref) != "chainguard-rust"
}

fix(stage, ref) := {"fix": {
	"description": sprintf("pin the toolchain: %s", [new_text(stage, ref)]),
	"safe": safe(ref, new_text(stage, ref)),
	"edits": [{"range": stage.from.range, "new_text": new_text(stage, ref)}],
}} if {
	not contains(stage.from.image, "$")
	new_text(stage, ref)
}

fix(stage, ref) := {} if {
	not contains(stage.from.image, "$")
	not new_text(stage, ref)
}

fix(stage, _) := {} if contains(stage.from.image, "$")

# A fix that replaces a Debian suite the tag names (buster is no longer published) is
# offered, but not applied by --fix: package names and sonames change with the suite.
safe(ref, text) := false if changes_named_suite(ref, text)

safe(ref, text) if not changes_named_suite(ref, text)

changes_named_suite(ref, text) if {
	named := images.suite_in_tag(images.rust_tag(ref))
	not contains(text, named)
}

# --- the pinned reference -----------------------------------------------------------

# new_text is the image as written with a pinned tag that keeps the variant; undefined
# when no pinned tag can be named (nightly, Chainguard, muslrust, rust-musl-cross, a
# runtime older than every published suite).
new_text(stage, ref) := concat(":", [written_name(stage, ref), tag]) if {
	images.family(ref) == "rust"
	images.repo_path(ref) != "docker.io/rustlang/rust"
	tag := pinned_rust_tag(stage, ref.tag)
}

new_text(stage, ref) := concat(":", [written_name(stage, ref), concat("-rust-", [images.chef_part(ref), tag])]) if {
	images.family(ref) == "cargo-chef"
	tag := pinned_rust_tag(stage, images.rust_tag(ref))
}

# written_name is the image name as the FROM spells it (docker.io/library/rust stays so).
written_name(stage, _) := name_as_written(stage.from.image) if {
	not contains(name_as_written(stage.from.image), "$")
}

written_name(stage, ref) := ref.name if {
	contains(name_as_written(stage.from.image), "$")
}

name_as_written(image) := concat("/", array.concat(array.slice(parts, 0, count(parts) - 1), [last])) if {
	parts := split(split(image, "@")[0], "/")
	last := split(parts[count(parts) - 1], ":")[0]
}

pinned_rust_tag(_, tag) := concat("-", [images.known_stable_minor, alpine_part(tag)]) if {
	contains(tag, "alpine")
	not startswith(tag, "nightly")
}

pinned_rust_tag(stage, tag) := concat("-", [images.known_stable_minor, "slim", fix_suite(stage, tag)]) if {
	not contains(tag, "alpine")
	not startswith(tag, "nightly")
	contains(tag, "slim")
}

pinned_rust_tag(stage, tag) := concat("-", [images.known_stable_minor, fix_suite(stage, tag)]) if {
	not contains(tag, "alpine")
	not startswith(tag, "nightly")
	not contains(tag, "slim")
}

# Alpine versions the rust image is published for at the snapshot (§1.2).
alpine_part(tag) := concat("", ["alpine", v]) if {
	v := regex.find_all_string_submatch_n(`alpine(3\.[0-9]+)`, tag, 1)[0][1]
	v in {"3.21", "3.22", "3.23"}
}

alpine_part(tag) := "alpine" if {
	not supported_alpine(tag)
}

supported_alpine(tag) if {
	v := regex.find_all_string_submatch_n(`alpine(3\.[0-9]+)`, tag, 1)[0][1]
	v in {"3.21", "3.22", "3.23"}
}

# fix_suite: the newest published suite whose glibc the final stage's runtime has;
# else the suite the tag names (if still published); else trixie. Undefined when the
# runtime's glibc is older than every published suite: no tag can be safely suggested.
fix_suite(_, _) := images.newest_suite_for(runtime.glibc) if {
	runtime := images.runtime_libc(cargo.root_ref(cargo.final_stage))
	runtime.glibc != ""
}

fix_suite(_, tag) := s if {
	not runtime_glibc_known
	s := images.suite_in_tag(tag)
	s in images.rust_debian_suites
}

fix_suite(_, tag) := images.default_suite if {
	not runtime_glibc_known
	not published_suite_in(tag)
}

runtime_glibc_known if images.runtime_libc(cargo.root_ref(cargo.final_stage)).glibc != ""

published_suite_in(tag) if images.suite_in_tag(tag) in images.rust_debian_suites
