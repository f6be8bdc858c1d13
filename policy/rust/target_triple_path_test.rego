package ferrolint.rust.target_triple_path_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.target_triple_path as rule
import rego.v1

doc(build_body, copy) := fx.doc([
	fx.stage("rust:1.94-alpine3.23", "build", build_body),
	fx.stage("gcr.io/distroless/static-debian13:nonroot", "", [fx.copy(copy)]),
])

test_target_build_copied_from_host_path_fires if {
	fs := rule.findings with input as doc([fx.run("cargo build --release --target x86_64-unknown-linux-musl")], "--from=build /app/target/release/app /app")
	fs == {{
		"message": "COPY copies /app/target/release/app, but stage \"build\" builds for --target x86_64-unknown-linux-musl, so cargo writes the binary to target/x86_64-unknown-linux-musl/release/: this path does not exist (or holds a stale host build); copy /app/target/x86_64-unknown-linux-musl/release/app",
		"range": fx.rng(4, 1, 47),
	}}
}

test_cargo_build_target_env_fires if {
	fs := rule.findings with input as doc([fx.env("CARGO_BUILD_TARGET=aarch64-unknown-linux-gnu"), fx.run("cargo build --release")], "--from=build /app/target/release/app /app")
	count(fs) == 1
}

test_zigbuild_suffix_is_not_a_directory if {
	fs := rule.findings with input as doc([fx.run("cargo zigbuild --release --target x86_64-unknown-linux-gnu.2.17")], "--from=build /app/target/release/app /app")
	some f in fs
	contains(f.message, "target/x86_64-unknown-linux-gnu/release/")
}

test_triple_path_and_mixed_builds_pass if {
	count(rule.findings) == 0 with input as doc([fx.run("cargo build --release --target x86_64-unknown-linux-musl")], "--from=build /app/target/x86_64-unknown-linux-musl/release/app /app")
	count(rule.findings) == 0 with input as doc([fx.run("cargo build --release --target x86_64-unknown-linux-musl"), fx.run("cargo build --release")], "--from=build /app/target/release/app /app")
	count(rule.findings) == 0 with input as doc([fx.run("cargo build --release --target x86_64-unknown-linux-musl --target-dir /out")], "--from=build /app/target/release/app /app")
}

test_output_moved_to_the_host_path_passes if {
	fs := rule.findings with input as doc([fx.run("cargo build --release --target x86_64-unknown-linux-musl && mv target/x86_64-unknown-linux-musl/release/app target/release/")], "--from=build /app/target/release/app /app")
	count(fs) == 0
}
