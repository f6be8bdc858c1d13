package ferrolint.lib.images_test

import data.ferrolint.lib.images
import rego.v1

ref(text) := images.parse_ref(text)

# --- parse_ref and repo_path ---

test_parse_hub_short_name if {
	r := ref("rust:1.94-slim")
	r.registry == "docker.io"
	r.repository == "library/rust"
	r.tag == "1.94-slim"
	images.repo_path(r) == "docker.io/library/rust"
}

test_parse_hub_long_name_normalises if {
	images.repo_path(ref("docker.io/library/rust:1.89.0-slim-trixie")) == "docker.io/library/rust"
	images.repo_path(ref("docker.io/rust")) == "docker.io/library/rust"
}

test_parse_registry_and_digest if {
	r := ref("gcr.io/distroless/cc-debian12:nonroot@sha256:abc")
	r.registry == "gcr.io"
	r.repository == "distroless/cc-debian12"
	r.tag == "nonroot"
	r.digest == "sha256:abc"
}

test_parse_registry_with_port if {
	r := ref("localhost:5000/team/rust:1")
	r.registry == "localhost:5000"
	r.repository == "team/rust"
	r.tag == "1"
}

test_parse_scratch if ref("scratch").scratch

test_parse_variable_in_name_is_undefined if not ref("${REPO}/cloud:builder")

test_parse_variable_in_tag_is_kept if ref("rust:${RUST_VERSION}-alpine").tag == "${RUST_VERSION}-alpine"

test_repo_path_of_invalid_ref_is_undefined if {
	not images.repo_path({"valid": false, "scratch": false, "registry": "", "repository": "", "name": "", "tag": "", "digest": ""})
}

# --- families ---

test_rust_toolchains if {
	every t in [
		"rust", "rustlang/rust:nightly", "ghcr.io/rust-lang/rust:1", "lukemathwalker/cargo-chef:latest-rust-1",
		"clux/muslrust:stable", "messense/rust-musl-cross:x86_64-musl",
		"ghcr.io/rust-cross/rust-musl-cross:aarch64-musl", "cgr.dev/chainguard/rust",
	] {
		images.is_rust_toolchain(ref(t))
		images.is_toolchain(ref(t))
	}
}

test_other_toolchains_are_not_judged_for_pinning if {
	every t in ["ekidd/rust-musl-builder", "ghcr.io/blackdex/rust-musl:x86_64-musl-stable-1.77.0", "liuchong/rustup"] {
		not images.is_rust_toolchain(ref(t))
		images.is_toolchain(ref(t))
	}
}

test_runtimes_are_not_toolchains if {
	every t in ["debian:bookworm-slim", "gcr.io/distroless/cc-debian13", "alpine", "scratch", "cgr.dev/chainguard/static", "nginx:alpine"] {
		not images.is_toolchain(ref(t))
	}
}

# --- pinning ---

test_floating_rust_tags if {
	every t in [
		"rust", "rust:latest", "rust:1", "rust:1-slim", "rust:1-bookworm", "rust:1-alpine3.20",
		"rust:slim", "rust:bookworm", "rust:slim-bookworm", "rust:alpine", "rust:alpine3.20",
		"rustlang/rust:nightly", "rustlang/rust:nightly-bookworm-slim",
	] {
		images.pin_problem(ref(t))
	}
}

test_pinned_rust_tags if {
	every t in [
		"rust:1.77", "rust:1.77-slim-bookworm", "rust:1.94.1", "rust:1.94.1-alpine3.23",
		"rust:latest@sha256:0123456789abcdef", "ghcr.io/rust-lang/rust:1.94-trixie",
	] {
		not images.pin_problem(ref(t))
	}
}

test_cargo_chef_judged_by_rust_part if {
	images.pin_problem(ref("lukemathwalker/cargo-chef:latest-rust-1"))
	images.pin_problem(ref("lukemathwalker/cargo-chef:latest"))
	images.pin_problem(ref("lukemathwalker/cargo-chef:0.1.68-rust-slim-bookworm"))
	not images.pin_problem(ref("lukemathwalker/cargo-chef:latest-rust-1.75-bookworm"))
	not images.pin_problem(ref("lukemathwalker/cargo-chef:0.1.68-rust-1.77-bookworm"))
}

test_chainguard_rust_needs_a_digest if {
	contains(images.pin_problem(ref("cgr.dev/chainguard/rust:latest")), "digest")
	images.pin_problem(ref("cgr.dev/chainguard/rust"))
	not images.pin_problem(ref("cgr.dev/chainguard/rust@sha256:0123"))
}

test_musl_builders if {
	images.pin_problem(ref("clux/muslrust:stable"))
	images.pin_problem(ref("messense/rust-musl-cross:x86_64-musl"))
	not images.pin_problem(ref("clux/muslrust:1.77.0-stable"))
	not images.pin_problem(ref("clux/muslrust:nightly-2024-03-01"))
}

# --- suites and libc ---

test_rust_suite_of_unsuffixed_tags_is_trixie if {
	every t in ["rust", "rust:latest", "rust:1", "rust:slim", "rust:1-slim", "rust:1.90", "rust:1.94.1-slim"] {
		images.rust_suite(ref(t)) == "trixie"
	}
}

test_rust_suite_of_old_versions if {
	images.rust_suite(ref("rust:1.85")) == "bookworm"
	images.rust_suite(ref("rust:1.75.0")) == "bookworm"
	not images.rust_suite(ref("rust:1.65.0"))
	not images.rust_suite(ref("rust:1.71"))
}

test_rust_suite_named_in_tag if {
	images.rust_suite(ref("rust:1-bookworm")) == "bookworm"
	images.rust_suite(ref("rust:1.82-slim-bookworm")) == "bookworm"
	images.rust_suite(ref("rust:slim-buster")) == "buster"
	images.rust_suite(ref("rust:1.65-slim-bullseye")) == "bullseye"
	images.rust_suite(ref("lukemathwalker/cargo-chef:latest-rust-1.86.0-slim-bookworm")) == "bookworm"
	images.rust_suite(ref("lukemathwalker/cargo-chef:latest-rust-1")) == "trixie"
	not images.rust_suite(ref("rust:alpine"))
}

test_runtime_libc_distroless if {
	images.runtime_libc(ref("gcr.io/distroless/cc-debian12")) == {"libc": "glibc", "glibc": "2.36", "suite": "bookworm", "libgcc": true, "kind": "distroless-cc"}
	images.runtime_libc(ref("gcr.io/distroless/cc:nonroot")).glibc == "2.41"
	images.runtime_libc(ref("gcr.io/distroless/cc-debian11")).glibc == "2.31"
	images.runtime_libc(ref("gcr.io/distroless/static-debian12")).libc == "none"
	not images.runtime_libc(ref("gcr.io/distroless/base-debian12")).libgcc
	images.runtime_libc(ref("gcr.io/distroless/base-nossl-debian13")).kind == "distroless-base"
	not images.runtime_libc(ref("gcr.io/distroless/java21-debian13"))
}

test_runtime_libc_distros if {
	images.runtime_libc(ref("debian:bookworm-slim")).glibc == "2.36"
	images.runtime_libc(ref("debian:11.2-slim")).glibc == "2.31"
	images.runtime_libc(ref("debian:bookworm-20250428-slim")).suite == "bookworm"
	images.runtime_libc(ref("debian")).suite == "trixie"
	images.runtime_libc(ref("ubuntu:22.04")).glibc == "2.35"
	images.runtime_libc(ref("ubuntu:noble")).glibc == "2.39"
	images.runtime_libc(ref("ubuntu:latest")).glibc == ""
	images.runtime_libc(ref("alpine:3.20")).libc == "musl"
	images.runtime_libc(ref("scratch")).libc == "none"
	images.runtime_libc(ref("cgr.dev/chainguard/static")).libc == "none"
	images.runtime_libc(ref("cgr.dev/chainguard/glibc-dynamic")).libgcc
	not images.runtime_libc(ref("nginx:alpine"))
	not images.runtime_libc(ref("debian:sid"))
}

test_glibc_order if {
	images.glibc_newer("2.41", "2.36")
	not images.glibc_newer("2.36", "2.41")
	not images.glibc_newer("2.36", "2.36")
	not images.glibc_newer("2.9", "2.17")
}

test_newest_suite_for if {
	images.newest_suite_for("2.41") == "trixie"
	images.newest_suite_for("2.39") == "bookworm"
	images.newest_suite_for("2.36") == "bookworm"
	images.newest_suite_for("2.35") == "bullseye"
	not images.newest_suite_for("2.28")
}

# --- users ---

test_default_uid_distroless if {
	every t in ["", ":latest", ":debug", ":latest-amd64", ":debug-arm64"] {
		images.default_uid(ref(concat("", ["gcr.io/distroless/cc-debian12", t]))) == 0
	}
	every t in [":nonroot", ":debug-nonroot", ":nonroot-amd64"] {
		images.default_uid(ref(concat("", ["gcr.io/distroless/static", t]))) == 65532
	}
	not images.default_uid(ref("gcr.io/distroless/cc@sha256:0123"))
}

test_default_uid_others if {
	images.default_uid(ref("cgr.dev/chainguard/static")) == 65532
	images.default_uid(ref("cgr.dev/chainguard/glibc-dynamic:latest-dev")) == 65532
	images.default_uid(ref("scratch")) == 0
	images.default_uid(ref("debian:bookworm-slim")) == 0
	images.default_uid(ref("rust:1.94")) == 0
	images.default_uid(ref("clux/muslrust:stable")) == 0
	not images.default_uid(ref("ekidd/rust-musl-builder"))
	not images.default_uid(ref("ghcr.io/acme/runtime:1"))
}

test_root_users if {
	every v in [["root", ""], ["0", ""], ["0", "0"], ["root", "root"], ["0", "1000"]] {
		images.is_root_user({"user": v[0], "group": v[1]})
	}
	every v in ["nobody", "1000", "65532", "nonroot", "appuser"] {
		not images.is_root_user({"user": v, "group": ""})
	}
}

test_display if {
	images.display(ref("rust:latest")) == "rust:latest"
	images.display(ref("scratch")) == "scratch"
	images.display(ref("rust@sha256:0123456789abcdef0123")) == "rust@sha256:0123456789ab"
}

test_number_suite_inverts_suite_number if {
	images.number_suite == {n: s | some s, n in images.suite_number}
}
