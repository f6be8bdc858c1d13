package ferrolint.rust.unpinned_rust_toolchain_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.unpinned_rust_toolchain as rule
import rego.v1

findings(specs) := fs if {
	fs := rule.findings with input as fx.doc(specs)
}

# builder(image) is a two-stage file: the builder from image, then a distroless runtime.
builder(image, runtime) := [
	fx.stage(image, "builder", [fx.run("cargo build --release")]),
	fx.stage(runtime, "", [fx.copy("--from=builder /app/target/release/app /app"), fx.cmd(`["/app"]`)]),
]

only(specs) := f if {
	fs := findings(specs)
	count(fs) == 1
	some f in fs
}

# --- firing ---

test_latest_fires_with_a_safe_fix if {
	f := only(builder("rust:latest", "gcr.io/distroless/cc-debian13:nonroot"))
	f.range == fx.rng(1, 6, 17)
	contains(f.message, "rust:latest floats the Rust toolchain")
	f.fix.safe
	f.fix.edits == [{"range": fx.rng(1, 6, 17), "new_text": "rust:1.94-trixie"}]
}

test_no_tag_fires if {
	f := only(builder("rust", "gcr.io/distroless/cc-debian13"))
	contains(f.message, "rust has no tag")
}

test_major_only_tags_fire if {
	every tag in ["1", "1-slim", "1-bookworm", "1-alpine3.20"] {
		f := only(builder(concat(":", ["rust", tag]), "scratch"))
		contains(f.message, "pins only the major version")
	}
}

test_suite_only_tags_fire if {
	every tag in ["slim", "bookworm", "slim-bookworm", "alpine", "alpine3.20"] {
		f := only(builder(concat(":", ["rust", tag]), "scratch"))
		contains(f.message, "names only an OS variant")
	}
}

test_nightly_fires_without_fix if {
	every image in ["rustlang/rust:nightly", "ghcr.io/rust-lang/rust:nightly-slim", "rustlang/rust:nightly-bookworm-slim"] {
		f := only(builder(image, "scratch"))
		contains(f.message, "nightly")
		not f.fix
	}
}

test_fix_follows_the_runtime_suite if {
	only(builder("rust:slim", "gcr.io/distroless/cc-debian12:nonroot")).fix.edits[0].new_text == "rust:1.94-slim-bookworm"
	only(builder("rust:1", "debian:bullseye-slim")).fix.edits[0].new_text == "rust:1.94-bullseye"
	only(builder("rust:latest", "gcr.io/distroless/cc")).fix.edits[0].new_text == "rust:1.94-trixie"
	only(builder("rust:1-slim", "ubuntu:24.04")).fix.edits[0].new_text == "rust:1.94-slim-bookworm"
}

test_fix_keeps_the_written_suite_for_an_unknown_runtime if {
	only(builder("rust:1-bookworm", "ghcr.io/acme/runtime:1")).fix.edits[0].new_text == "rust:1.94-bookworm"
	only(builder("rust:1-bookworm", "ghcr.io/acme/runtime:1")).fix.safe
}

test_fix_replacing_a_named_suite_is_not_safe if {
	f := only(builder("rust:slim-buster", "scratch"))
	f.fix.edits[0].new_text == "rust:1.94-slim-trixie"
	not f.fix.safe
	g := only(builder("rust:1-bookworm", "gcr.io/distroless/cc-debian13"))
	g.fix.edits[0].new_text == "rust:1.94-trixie"
	not g.fix.safe
}

test_fix_keeps_alpine if {
	only(builder("rust:alpine3.22", "scratch")).fix.edits[0].new_text == "rust:1.94-alpine3.22"
	only(builder("rust:1-alpine3.20", "scratch")).fix.edits[0].new_text == "rust:1.94-alpine"
}

test_fix_keeps_the_written_name if {
	only(builder("docker.io/library/rust:latest", "debian:trixie-slim")).fix.edits[0].new_text == "docker.io/library/rust:1.94-trixie"
}

test_no_fix_when_the_runtime_is_older_than_every_suite if {
	f := only(builder("rust:latest", "debian:stretch-slim"))
	not f.fix
	contains(f.message, "1.N or 1.N.P")
}

test_cargo_chef_fires_on_its_rust_part if {
	f := only(builder("lukemathwalker/cargo-chef:latest-rust-1", "debian:bookworm-slim"))
	contains(f.message, "pins only the major version")
	f.fix.edits[0].new_text == "lukemathwalker/cargo-chef:latest-rust-1.94-bookworm"
	g := only(builder("lukemathwalker/cargo-chef:latest", "scratch"))
	g.fix.edits[0].new_text == "lukemathwalker/cargo-chef:latest-rust-1.94-trixie"
}

test_chainguard_needs_a_digest if {
	f := only(builder("cgr.dev/chainguard/rust:latest", "cgr.dev/chainguard/glibc-dynamic"))
	contains(f.message, "digest")
	not f.fix
}

test_musl_builders_fire if {
	f := only(builder("clux/muslrust:stable", "scratch"))
	contains(f.message, "names no Rust version")
}

test_missing_arg_fires if {
	f := only([fx.stage_missing("rust:${RUST_VERSION}-alpine${ALPINE_VERSION}", "", [], ["ALPINE_VERSION", "RUST_VERSION"])])
	contains(f.message, "ARGs ALPINE_VERSION, RUST_VERSION have no default value")
	contains(f.message, "ARG RUST_VERSION=1.94")
	f.range == fx.rng(1, 6, 50)
}

test_every_toolchain_stage_is_judged if {
	fs := findings([
		fx.stage("rust:alpine", "backend", [fx.run("cargo build --release")]),
		fx.stage("rust:latest", "wasm", [fx.run("cargo build --release")]),
		fx.stage("alpine:3.20", "", []),
	])
	{f.range.line | some f in fs} == {1, 3}
}

# --- not firing ---

test_minor_and_patch_tags_pass if {
	every image in [
		"rust:1.77", "rust:1.77-slim-bookworm", "rust:1.94.1", "rust:1.94.1-alpine3.23",
		"ghcr.io/rust-lang/rust:1.94-trixie", "docker.io/library/rust:1.89.0-slim-trixie",
	] {
		count(findings(builder(image, "scratch"))) == 0
	}
}

test_digest_pins if {
	count(findings(builder("rust:latest@sha256:9c6a4baf58661f99a5441b15e3ad8295dabf35e849c4935e77ad35d9809be1d2", "scratch"))) == 0
	count(findings(builder("cgr.dev/chainguard/rust@sha256:0123456789abcdef", "scratch"))) == 0
}

test_pinned_cargo_chef_passes if {
	every image in [
		"lukemathwalker/cargo-chef:latest-rust-1.75-bookworm",
		"lukemathwalker/cargo-chef:0.1.68-rust-1.77-bookworm",
		"lukemathwalker/cargo-chef:latest-rust-1.86.0-slim-bookworm",
	] {
		count(findings(builder(image, "scratch"))) == 0
	}
}

test_dated_muslrust_nightly_passes if {
	count(findings(builder("clux/muslrust:nightly-2024-03-01", "scratch"))) == 0
	count(findings(builder("clux/muslrust:1.77.0-stable", "scratch"))) == 0
}

test_stage_built_on_a_stage_is_judged_once if {
	fs := findings([
		fx.stage("rust:latest", "chef", [fx.run("cargo install cargo-chef")]),
		fx.stage("chef", "planner", [fx.run("cargo chef prepare --recipe-path recipe.json")]),
		fx.stage("chef", "builder", [fx.run("cargo build --release")]),
	])
	{f.range.line | some f in fs} == {1}
}

test_missing_arg_outside_the_rust_version_passes if {
	count(findings([fx.stage_missing("rust:1.94-slim-${SUITE}", "", [], ["SUITE"])])) == 0
}

test_other_images_pass if {
	every image in ["debian:latest", "ubuntu", "alpine", "ekidd/rust-musl-builder", "liuchong/rustup", "node:lts"] {
		count(findings(builder(image, "scratch"))) == 0
	}
}
