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

# --- the fix ---

test_fix_appends_a_runtime_stage_in_place_of_the_cmd if {
	f := only([fx.stage("rust:latest", "", [
		fx.other("WORKDIR", "/app"),
		fx.copy(". ."),
		fx.run("cargo build --release"),
		fx.cmd(`["./target/release/my-api"]`),
	])])
	not f.fix.safe
	f.fix.edits == [
		{"range": fx.rng(1, 17, 17), "new_text": " AS builder"},
		{"range": fx.rng(5, 1, 32), "new_text": "\nFROM gcr.io/distroless/cc-debian13:nonroot\nCOPY --from=builder /app/target/release/my-api /app\nENTRYPOINT [\"/app\"]"},
	]
	contains(f.fix.description, "copies /app/target/release/my-api out of stage builder")
}

test_fix_names_the_bin_moves_cmd_args_and_expose_and_follows_the_suite if {
	f := only([fx.stage("rust:1.94-slim-bookworm", "build", [
		fx.other("WORKDIR", "/src"),
		fx.run("cargo build --release --bin api"),
		fx.cmd(`["api", "--port", "80"]`),
		fx.other("EXPOSE", "80"),
	])])
	f.fix.edits == [
		{"range": {"line": 4, "column": 1, "end_line": 5, "end_column": 1}, "new_text": ""},
		{"range": fx.rng(5, 1, 10), "new_text": "\nFROM gcr.io/distroless/cc-debian12:nonroot\nCOPY --from=build /src/target/release/api /app\nEXPOSE 80\nENTRYPOINT [\"/app\"]\nCMD [\"--port\", \"80\"]"},
	]
}

test_fix_keeps_entrypoint_args_and_the_cmd if {
	f := only([fx.stage("rust:1.94", "b", [
		fx.run("cargo install --path . --locked"),
		fx.entrypoint(`["my-api", "serve"]`),
		fx.cmd(`["--verbose"]`),
	])])
	f.fix.edits[0] == {"range": {"line": 3, "column": 1, "end_line": 4, "end_column": 1}, "new_text": ""}
	f.fix.edits[1].new_text == "\nFROM gcr.io/distroless/cc-debian13:nonroot\nCOPY --from=b /usr/local/cargo/bin/my-api /app\nENTRYPOINT [\"/app\", \"serve\"]\nCMD [\"--verbose\"]"
}

test_fix_for_a_musl_build_uses_distroless_static if {
	f := only([fx.stage("rust:1.94-alpine", "", [
		fx.run("cargo build --release --target x86_64-unknown-linux-musl"),
		fx.cmd(`["/target/x86_64-unknown-linux-musl/release/app"]`),
	])])
	f.fix.edits[1].new_text == "\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=builder /target/x86_64-unknown-linux-musl/release/app /app\nENTRYPOINT [\"/app\"]"
}

test_fix_derives_the_path_of_a_bin_from_profile_and_target if {
	f := only([fx.stage("rust:1.94", "", [
		fx.other("WORKDIR", "/w"),
		fx.run("cargo build --profile dist --target aarch64-unknown-linux-gnu --bin srv"),
	])])
	f.fix.edits == [
		{"range": fx.rng(1, 15, 15), "new_text": " AS builder"},
		{"range": fx.rng(3, 76, 76), "new_text": "\n\nFROM gcr.io/distroless/cc-debian13:nonroot\nCOPY --from=builder /w/target/aarch64-unknown-linux-gnu/dist/srv /app\nENTRYPOINT [\"/app\"]"},
	]
}

test_fix_uses_a_placeholder_when_the_binary_is_unknown if {
	f := only([fx.stage("rust:1.94", "builder", [fx.run("cargo build --release"), fx.cmd(`["cargo", "run"]`)])])
	f.fix.edits == [{"range": fx.rng(3, 1, 21), "new_text": "\nFROM gcr.io/distroless/cc-debian13:nonroot\nCOPY --from=builder /target/release/REPLACE_ME /app\nENTRYPOINT [\"/app\"]"}]
	contains(f.fix.description, "replace REPLACE_ME with the binary's name")
}

test_fix_picks_another_name_when_builder_is_taken if {
	f := only([
		fx.stage("rust:1.94", "builder", [fx.run("cargo build --release")]),
		fx.stage("builder", "", [fx.cmd(`["./target/release/app"]`)]),
	])
	f.fix.edits[0] == {"range": fx.rng(3, 13, 13), "new_text": " AS builder1"}
	contains(f.fix.edits[1].new_text, "COPY --from=builder1 /target/release/app /app")
}

test_no_fix_without_a_build if {
	f := only([fx.stage("rust:1.94", "", [fx.other("WORKDIR", "/app"), fx.cmd(`["cargo", "watch", "-x", "run"]`)])])
	not f.fix
}

test_fix_moves_a_numeric_user_after_the_build if {
	f := only([fx.stage("rust:1.94", "b", [
		fx.run("cargo build --release"),
		fx.user("65532:65532"),
		fx.cmd(`["./target/release/app"]`),
	])])
	f.fix.edits == [
		{"range": {"line": 3, "column": 1, "end_line": 4, "end_column": 1}, "new_text": ""},
		{"range": fx.rng(4, 1, 29), "new_text": "\nFROM gcr.io/distroless/cc-debian13:nonroot\nCOPY --from=b /target/release/app /app\nUSER 65532:65532\nENTRYPOINT [\"/app\"]"},
	]
}

test_fix_leaves_a_named_user_and_one_before_the_build if {
	f := only([fx.stage("rust:1.94", "b", [
		fx.user("1000"),
		fx.run("cargo build --release"),
		fx.user("app"),
		fx.cmd(`["./target/release/app"]`),
	])])
	f.fix.edits == [{"range": fx.rng(5, 1, 29), "new_text": "\nFROM gcr.io/distroless/cc-debian13:nonroot\nCOPY --from=b /target/release/app /app\nENTRYPOINT [\"/app\"]"}]
}

# A blank line or a comment follows the last instruction.
test_fix_goes_on_the_next_line_when_the_file_goes_on if {
	doc := object.union(
		fx.doc([
			fx.stage("rust:1.94", "b", [fx.run("cargo build --release --bin x")]),
			fx.stage("b", "", [fx.other("WORKDIR", "/x")]),
		]),
		{"lines": 5},
	)
	some f in rule.findings with input as doc
	f.fix.edits == [
		{"range": fx.rng(3, 7, 7), "new_text": " AS builder"},
		{"range": fx.rng(5, 1, 1), "new_text": "\nFROM gcr.io/distroless/cc-debian13:nonroot\nCOPY --from=builder /target/release/x /app\nENTRYPOINT [\"/app\"]\n"},
	]
}

test_fix_after_an_unnamed_lone_from_names_it_in_the_same_edit if {
	f := only([
		fx.stage("rust:1.94", "b", [fx.run("cargo build --release --bin x")]),
		fx.stage("b", "", []),
	])
	f.fix.edits == [{"range": fx.rng(3, 7, 7), "new_text": " AS builder\n\nFROM gcr.io/distroless/cc-debian13:nonroot\nCOPY --from=builder /target/release/x /app\nENTRYPOINT [\"/app\"]"}]
}

test_fix_takes_the_binary_from_the_build_context if {
	doc := object.union(
		fx.doc([fx.stage("rust:1.94", "b", [fx.other("WORKDIR", "/app"), fx.run("cargo build --release")])]),
		{"context": {"cargo_toml": {"packages": ["my-api"], "bins": ["my-api"], "workspace_members": []}}},
	)
	some f in rule.findings with input as doc
	f.fix.edits == [{"range": fx.rng(3, 26, 26), "new_text": "\n\nFROM gcr.io/distroless/cc-debian13:nonroot\nCOPY --from=b /app/target/release/my-api /app\nENTRYPOINT [\"/app\"]"}]
}

test_no_fix_when_a_workdir_uses_a_variable if {
	f := only([fx.stage("rust:1.94", "", [
		fx.other("WORKDIR", "$HOME/app"),
		fx.run("cargo build --release"),
		fx.cmd(`["./target/release/app"]`),
	])])
	contains(f.message, "final stage ships the Rust toolchain")
	not f.fix
}
