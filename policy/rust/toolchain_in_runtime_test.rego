package ferrolint.rust.toolchain_in_runtime_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.toolchain_in_runtime as rule
import rego.v1

findings(specs) := fs if {
	fs := rule.findings with input as fx.doc(specs)
}

only(specs) := f if {
	fs := findings(specs)
	count(fs) == 1
	some f in fs
}

# --- firing ---

test_naive_single_stage_fires if {
	f := only([fx.stage("rust:latest", "", [
		fx.other("WORKDIR", "/app"),
		fx.copy(". ."),
		fx.run("cargo build --release"),
		fx.cmd(`["./target/release/my-api"]`),
	])])
	f.range == fx.rng(1, 6, 17)
	contains(f.message, "its base image rust:latest is a Rust toolchain image")
}

test_slim_single_stage_fires if {
	f := only([fx.stage("rust:1.94-slim-trixie", "", [fx.copy(". ."), fx.run("cargo build --release")])])
	contains(f.message, "rust:1.94-slim-trixie")
}

test_final_stage_from_builder_fires if {
	f := only([
		fx.stage("rust:1.94", "builder", [fx.copy(". ."), fx.run("cargo build --release")]),
		fx.stage("builder", "runtime", [fx.cmd(`["/app/target/release/app"]`)]),
	])
	f.range == fx.rng(4, 6, 13)
	contains(f.message, `it builds on stage "builder", whose base image rust:1.94 is a Rust toolchain image`)
}

test_chef_chain_fires if {
	f := only([
		fx.stage("lukemathwalker/cargo-chef:latest-rust-1.94", "chef", []),
		fx.stage("chef", "planner", [fx.run("cargo chef prepare --recipe-path recipe.json")]),
		fx.stage("chef", "builder", [fx.run("cargo chef cook --release --recipe-path recipe.json"), fx.copy(". ."), fx.run("cargo build --release")]),
	])
	contains(f.message, `stage "chef"`)
}

test_dev_image_fires if {
	f := only([fx.stage("rust:1.43", "watcher", [fx.run("cargo install cargo-watch"), fx.cmd(`["cargo", "watch", "-x", "run"]`)])])
	contains(f.message, "Rust toolchain image")
}

test_musl_builder_as_final_fires if {
	f := only([fx.stage("ekidd/rust-musl-builder", "", [fx.copy(". ."), fx.run("cargo build --release")])])
	contains(f.message, "ekidd/rust-musl-builder")
}

test_toolchain_installed_in_the_final_stage_fires if {
	f := only([fx.stage("ubuntu:22.04", "", [
		fx.run("curl https://sh.rustup.rs -sSf | sh -s -- -y"),
		fx.copy(". ."),
		fx.run("cargo build --release"),
	])])
	contains(f.message, "it runs the rustup installer (line 2)")
}

test_cargo_in_cmd_fires if {
	f := only([fx.stage("debian:bookworm", "", [fx.cmd(`["cargo", "run"]`)])])
	contains(f.message, "it runs cargo run (line 2)")
}

test_descending_from_a_stage_that_builds_fires if {
	f := only([
		fx.stage("debian:bookworm", "build", [fx.run("rustup default stable"), fx.run("cargo build --release")]),
		fx.stage("build", "", [fx.cmd(`["/app"]`)]),
	])
	contains(f.message, `it builds on stage "build", which runs rustup (line 2)`)
}

# --- not firing ---

test_distroless_runtime_passes if {
	count(findings([
		fx.stage("rust:1.94-slim-trixie", "builder", [fx.copy(". ."), fx.run("cargo build --release")]),
		fx.stage("gcr.io/distroless/cc-debian13:nonroot", "", [fx.copy("--from=builder /app/target/release/app /app"), fx.cmd(`["/app"]`)]),
	])) == 0
}

test_debian_runtime_copying_a_binary_passes if {
	count(findings([
		fx.stage("rust:latest", "builder", [fx.copy(". ."), fx.run("cargo build --release")]),
		fx.stage("debian:bookworm-slim", "", [fx.run("apt-get update"), fx.copy("--from=builder /app/target/release/app /usr/local/bin/app")]),
	])) == 0
}

test_nginx_serving_wasm_passes if {
	count(findings([
		fx.stage("rust:latest", "build", [fx.run("cargo install trunk wasm-bindgen-cli"), fx.copy(". ."), fx.run("trunk build --release")]),
		fx.stage("nginx:alpine", "", [fx.copy("--from=build /app/dist /usr/share/nginx/html")]),
	])) == 0
}

test_runtime_stage_built_on_a_runtime_stage_passes if {
	count(findings([
		fx.stage("rust:1.94", "builder", [fx.run("cargo build --release")]),
		fx.stage("debian:bookworm-slim", "base", [fx.run("apt-get install -y ca-certificates")]),
		fx.stage("base", "", [fx.copy("--from=builder /app/target/release/app /app")]),
	])) == 0
}
