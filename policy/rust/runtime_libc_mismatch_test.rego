package ferrolint.rust.runtime_libc_mismatch_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.runtime_libc_mismatch as rule
import rego.v1

findings(specs) := fs if {
	fs := rule.findings with input as fx.doc(specs)
}

only(specs) := f if {
	fs := findings(specs)
	count(fs) == 1
	some f in fs
}

# pair(builder image, build command, runtime image): a builder stage and a runtime stage
# that copies target/release/app out of it (the runtime FROM is on line 4).
pair(image, build_cmd, runtime) := [
	fx.stage(image, "builder", [fx.copy(". ."), fx.run(build_cmd)]),
	fx.stage(runtime, "", [fx.copy("--from=builder /app/target/release/app /app"), fx.cmd(`["/app"]`)]),
]

release := "cargo build --release"

# --- glibc skew ---

test_trixie_builder_on_cc_debian12_fires if {
	f := only(pair("rust:1.94", release, "gcr.io/distroless/cc-debian12"))
	f.severity == "error"
	f.range == fx.rng(4, 6, 35)
	f.message == concat("", [
		`the binary copied from stage "builder" is linked dynamically against glibc 2.41 (built on Debian trixie), `,
		`but gcr.io/distroless/cc-debian12 has glibc 2.36 (Debian bookworm): the binary fails at startup with `,
		"\"version `GLIBC_2.39' not found\"; build on the runtime's suite or run on a runtime at least as new",
	])
	not f.fix.safe
	f.fix.edits == [{"range": fx.rng(4, 6, 35), "new_text": "gcr.io/distroless/cc-debian13:nonroot"}]
}

test_skew_fix_keeps_the_distroless_tag if {
	f := only(pair("rust:1.94", release, "gcr.io/distroless/cc-debian12:nonroot"))
	f.fix.edits[0].new_text == "gcr.io/distroless/cc-debian13:nonroot"
	g := only(pair("rust:1.94", release, "gcr.io/distroless/cc-debian12:debug"))
	g.fix.edits[0].new_text == "gcr.io/distroless/cc-debian13:debug"
}

test_skew_with_a_floating_builder_leaves_the_fix_to_rs001 if {
	f := only(pair("rust:latest", release, "gcr.io/distroless/cc-debian12:nonroot"))
	contains(f.message, "GLIBC_2.39")
	not f.fix
}

test_trixie_on_bookworm_slim_fires if {
	f := only(pair("rust:1.94", release, "debian:bookworm-slim"))
	contains(f.message, "GLIBC_2.39")
	f.fix.edits[0].new_text == "debian:trixie-slim"
}

test_bookworm_builder_on_bullseye_fires if {
	f := only(pair("rust:1.85", release, "debian:bullseye-slim"))
	contains(f.message, "glibc 2.36 (built on Debian bookworm)")
	contains(f.message, "GLIBC_2.34")
	f.fix.edits[0].new_text == "debian:bookworm-slim"
}

test_cargo_chef_builder_fires if {
	f := only(pair("lukemathwalker/cargo-chef:latest-rust-1", release, "debian:bookworm-slim"))
	contains(f.message, "Debian trixie")
}

test_binary_copied_by_an_ancestor_of_the_final_stage_fires if {
	f := only([
		fx.stage("rust:1.94", "builder", [fx.copy(". ."), fx.run(release)]),
		fx.stage("debian:bookworm-slim", "base", [fx.copy("--from=builder /app/target/release/app /app")]),
		fx.stage("base", "", [fx.cmd(`["/app"]`)]),
	])
	f.range.line == 6
	contains(f.message, "debian:bookworm-slim has glibc 2.36")
}

test_binary_moved_out_of_target_fires if {
	f := only([
		fx.stage("rust:latest", "builder", [fx.copy(". ."), fx.run("cargo build --release && cp -r /src/target/release /release")]),
		fx.stage("debian:bookworm-slim", "", [fx.copy("--from=builder /release/gateway /usr/local/bin/gateway")]),
	])
	contains(f.message, "GLIBC_2.39")
}

# --- glibc binaries without glibc ---

test_glibc_binary_on_static_fires if {
	f := only(pair("rust:1.94-bookworm", release, "gcr.io/distroless/static-debian12"))
	contains(f.message, "has no C library: it cannot start")
	f.fix.edits[0].new_text == "gcr.io/distroless/cc-debian12:nonroot"
}

test_glibc_binary_on_scratch_fires if {
	f := only(pair("rust:1.94-slim-trixie", release, "scratch"))
	contains(f.message, "scratch has no C library")
	f.fix.edits[0].new_text == "gcr.io/distroless/cc-debian13:nonroot"
}

test_glibc_binary_on_chainguard_static_fires if {
	f := only(pair("rust:1.94-slim-trixie", release, "cgr.dev/chainguard/static"))
	f.severity == "error"
}

test_glibc_binary_on_alpine_fires if {
	f := only(pair("rust:slim", release, "alpine:3.22"))
	contains(f.message, "alpine:3.22 has musl, not glibc: it cannot start")
	f.fix.edits[0].new_text == "gcr.io/distroless/cc-debian13:nonroot"
}

test_alpine_fix_keeps_a_shell_when_the_stage_runs_commands if {
	f := only([
		fx.stage("rust:slim", "builder", [fx.copy(". ."), fx.run(release)]),
		fx.stage("alpine:3.22", "", [fx.run("apk add --no-cache libssl3"), fx.copy("--from=builder /app/target/release/main .")]),
	])
	f.fix.edits[0].new_text == "debian:trixie-slim"
}

test_glibc_binary_on_distroless_base_fires if {
	f := only(pair("rust:1.94-slim-trixie", release, "gcr.io/distroless/base-debian13:nonroot"))
	contains(f.message, "not libgcc_s.so.1")
	f.fix.edits[0].new_text == "gcr.io/distroless/cc-debian13:nonroot"
}

test_installed_from_cargo_bin_fires if {
	f := only([
		fx.stage("rust:buster", "builder", [fx.copy(". ."), fx.run("cargo install --path ./crates/app/")]),
		fx.stage("alpine:latest", "", [fx.copy("--from=builder /usr/local/cargo/bin/app /usr/local/bin/app")]),
	])
	contains(f.message, "glibc 2.28 (built on Debian buster)")
}

test_zigbuild_with_a_glibc_suffix_still_needs_glibc if {
	f := only([
		fx.stage("rust:1.94", "builder", [fx.copy(". ."), fx.run("cargo zigbuild --release --target x86_64-unknown-linux-gnu.2.17")]),
		fx.stage("scratch", "", [fx.copy("--from=builder /app/target/x86_64-unknown-linux-gnu/release/app /app"), fx.entrypoint(`["/app"]`)]),
	])
	contains(f.message, "glibc 2.17")
}

# --- static glibc, musl ---

test_static_glibc_on_scratch_warns if {
	f := only([
		fx.stage("rust:1.94-bookworm", "builder", [
			fx.env("RUSTFLAGS=-Ctarget-feature=+crt-static"),
			fx.copy(". ."),
			fx.run("cargo build --release --target x86_64-unknown-linux-gnu"),
		]),
		fx.stage("scratch", "", [fx.copy("--from=builder /app/target/x86_64-unknown-linux-gnu/release/app /app"), fx.entrypoint(`["/app"]`)]),
	])
	f.severity == "warning"
	contains(f.message, "linked statically against glibc (+crt-static)")
	not f.fix
}

test_musl_on_cc_is_info if {
	f := only(pair("rust:1.94-alpine", release, "gcr.io/distroless/cc-debian13:nonroot"))
	f.severity == "info"
	contains(f.message, "statically linked against musl")
	f.fix.edits[0].new_text == "gcr.io/distroless/static-debian13:nonroot"
}

test_musl_target_on_cc_is_info if {
	f := only(pair("rust:1.94", "cargo build --release --target=x86_64-unknown-linux-musl", "gcr.io/distroless/cc-debian12"))
	f.severity == "info"
	f.fix.edits[0].new_text == "gcr.io/distroless/static-debian12"
}

test_musl_triple_in_the_copied_path_is_info if {
	f := only([
		fx.stage("ghcr.io/acme/builder:1", "builder", [fx.copy(". ."), fx.run(release)]),
		fx.stage("gcr.io/distroless/cc", "", [fx.copy("--from=builder /src/target/aarch64-unknown-linux-musl/release/app /app")]),
	])
	f.severity == "info"
}

test_alpine_packaged_rust_off_alpine_fires if {
	f := only([
		fx.stage("alpine:3.20", "builder", [fx.copy(". /source/"), fx.run("apk add --no-cache cargo rust musl-dev"), fx.run(release)]),
		fx.stage("debian:bookworm-slim", "", [fx.copy("--from=builder /source/target/release/app /app")]),
	])
	contains(f.message, "linked dynamically against musl")
	f.fix.edits[0].new_text == "alpine:3.20"
}

# --- not firing ---

test_matching_suites_pass if {
	count(findings(pair("rust:1.94-slim-bookworm", release, "gcr.io/distroless/cc-debian12:nonroot"))) == 0
	count(findings(pair("rust:1.94-slim-bookworm", release, "debian:bookworm-slim"))) == 0
	count(findings(pair("rust:1.94-slim-trixie", release, "gcr.io/distroless/cc-debian13"))) == 0
	count(findings(pair("rust:latest", release, "gcr.io/distroless/cc"))) == 0
	count(findings(pair("rust:1.79", release, "gcr.io/distroless/cc-debian12"))) == 0
	count(findings(pair("lukemathwalker/cargo-chef:latest-rust-1.86.0-slim-bookworm", release, "debian:bookworm-20250428-slim"))) == 0
}

test_older_builder_on_newer_runtime_passes if {
	count(findings(pair("rust:1.94-bullseye", release, "gcr.io/distroless/cc-debian12"))) == 0
	count(findings(pair("rust:1.94-bookworm", release, "debian:trixie-slim"))) == 0
}

test_symbols_a_binary_needs_decide_ubuntu if {
	count(findings(pair("rust:1.85", release, "ubuntu:22.04"))) == 0
	count(findings(pair("lukemathwalker/cargo-chef:latest-rust-1.95-trixie", release, "ubuntu:24.04"))) == 0
}

test_musl_on_static_runtimes_passes if {
	every runtime in ["scratch", "gcr.io/distroless/static-debian13:nonroot", "alpine:3.20", "cgr.dev/chainguard/static", "debian:bookworm-slim"] {
		count(findings(pair("rust:1.94-alpine", release, runtime))) == 0
	}
	count(findings(pair("clux/muslrust:1.77.0-stable", release, "scratch"))) == 0
	count(findings(pair("rust:1.94", "cargo build --release --target x86_64-unknown-linux-musl", "scratch"))) == 0
}

test_alpine_packaged_rust_on_alpine_passes if {
	count(findings([
		fx.stage("alpine:edge", "builder", [fx.run("apk add --no-cache cargo rust"), fx.copy(". /source/"), fx.run(release)]),
		fx.stage("alpine:edge", "", [fx.copy("--from=builder /source/target/release/app /app")]),
	])) == 0
}

test_gcompat_on_alpine_passes if {
	count(findings([
		fx.stage("rust:1.94", "builder", [fx.copy(". ."), fx.run(release)]),
		fx.stage("alpine:3.20", "", [fx.run("apk add --no-cache gcompat"), fx.copy("--from=builder /app/target/release/app /app")]),
	])) == 0
}

test_zigbuild_glibc_suffix_skips_the_skew_check if {
	count(findings([
		fx.stage("rust:1.94", "builder", [fx.copy(". ."), fx.run("cargo zigbuild --release --target x86_64-unknown-linux-gnu.2.17")]),
		fx.stage("gcr.io/distroless/cc-debian12", "", [fx.copy("--from=builder /app/target/x86_64-unknown-linux-gnu/release/app /app")]),
	])) == 0
}

test_unknown_link_mode_passes if {
	count(findings(pair("rust:1.94", "cargo build --release --target $RUST_TARGET", "scratch"))) == 0
	count(findings(pair("ghcr.io/acme/builder:1", release, "scratch"))) == 0
	count(findings(pair("rust:1.65.0", release, "debian:buster-slim"))) == 0
	count(findings(pair("rust:1.94", "cargo build --release --target wasm32-unknown-unknown", "scratch"))) == 0
}

test_unknown_runtime_passes if {
	count(findings(pair("rust:latest", release, "ghcr.io/acme/runtime:1"))) == 0
	count(findings(pair("rust:latest", release, "ubuntu:latest"))) == 0
}

test_web_assets_pass if {
	count(findings([
		fx.stage("rust:latest", "build", [fx.run("cargo install trunk"), fx.copy(". ."), fx.run("trunk build --release")]),
		fx.stage("alpine:3.20", "", [fx.copy("--from=build /build/dist /usr/share/nginx/html")]),
	])) == 0
}

test_data_files_from_a_cargo_stage_pass if {
	count(findings([
		fx.stage("rust:latest", "build", [fx.copy(". ."), fx.run(release)]),
		fx.stage("alpine:3.20", "", [
			fx.copy("--from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/"),
			fx.copy("--from=build /app/config.toml /etc/app.toml"),
		]),
	])) == 0
}

test_export_stage_passes if {
	count(findings([
		fx.stage("rust:1.94", "builder", [fx.copy(". ."), fx.run(release)]),
		fx.stage("scratch", "binaries", [fx.copy("--from=builder /app/target/release/app /app")]),
	])) == 0
}

test_scratch_that_runs_the_binary_is_judged if {
	f := only([
		fx.stage("rust:1.94", "builder", [fx.copy(". ."), fx.run(release)]),
		fx.stage("scratch", "base", [fx.copy("--from=builder /app/target/release/app /app")]),
		fx.stage("base", "", [fx.entrypoint(`["/app"]`)]),
	])
	f.range.line == 6
}

test_binary_from_the_context_in_a_distro_stage_passes if {
	count(findings([
		fx.stage("debian:trixie", "bin", [fx.copy("target/release/app /app/target/release/app")]),
		fx.stage("debian:bookworm-slim", "", [fx.copy("--from=bin /app/target/release/app /app")]),
	])) == 0
}

test_rustup_on_a_distro_builder_is_judged if {
	f := only([
		fx.stage("debian:trixie", "builder", [fx.run("curl https://sh.rustup.rs -sSf | sh -s -- -y"), fx.copy(". ."), fx.run(release)]),
		fx.stage("debian:bookworm-slim", "", [fx.copy("--from=builder /app/target/release/app /app")]),
	])
	contains(f.message, "glibc 2.41 (built on Debian trixie)")
}

test_prebuilt_binaries_pass if {
	count(findings([
		fx.stage("bitnami/minideb", "builder", [fx.run("curl -L https://example.com/zola.tar.gz -o zola.tgz")]),
		fx.stage("scratch", "", [fx.copy("--from=builder /workdir .")]),
	])) == 0
}
