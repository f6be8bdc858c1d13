package ferrolint.rust.debug_build_shipped_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.debug_build_shipped as rule
import rego.v1

doc(build, path) := fx.doc([
	fx.stage("rust:1.94-slim-trixie", "build", [fx.run(build)]),
	fx.stage("gcr.io/distroless/cc-debian13:nonroot", "", [fx.copy(concat("", ["--from=build ", path, " /app"]))]),
])

test_dev_profile_build_fires if {
	fs := rule.findings with input as doc("cargo build --locked", "/target/debug/app")
	fs == {{
		"message": "cargo build compiles with the dev profile (no --release or --profile), and the final image copies from this stage: an unoptimised binary with debug assertions and full debug info ships; build with --release and copy from target/release/",
		"range": fx.rng(2, 5, 25),
	}}
	count(rule.findings) == 1 with input as doc("cargo build --profile dev", "/target/debug/app")
}

test_release_profiles_and_installs_pass if {
	count(rule.findings) == 0 with input as doc("cargo build -r", "/target/release/app")
	count(rule.findings) == 0 with input as doc("cargo build --profile=dist", "/target/dist/app")
	count(rule.findings) == 0 with input as doc("cargo install --path . --root /out", "/out/bin/app")
	count(rule.findings) == 0 with input as doc("cargo build", "/target/release/app")
}
