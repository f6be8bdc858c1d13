package ferrolint.rust.cargo_build_unlocked_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.cargo_build_unlocked as rule
import rego.v1

doc(builds) := fx.doc([
	fx.stage("rust:1.94-slim-trixie", "build", [fx.run(b) | some b in builds]),
	fx.stage("gcr.io/distroless/cc-debian13:nonroot", "", [fx.copy("--from=build /target/release/app /app")]),
])

test_last_build_of_a_shipping_stage_without_locked_fires if {
	fs := rule.findings with input as doc(["cargo build --release", "cargo build --release"])
	fs == {{
		"message": "cargo build produces the binary the image ships, without --locked: if Cargo.toml and Cargo.lock disagree, cargo rewrites the lock instead of failing, and the image gets dependency versions CI never tested; add --locked",
		"range": fx.rng(3, 5, 26),
	}}
}

test_locked_builds_and_unshipped_stages_pass if {
	count(rule.findings) == 0 with input as doc(["cargo build --release --locked"])
	count(rule.findings) == 0 with input as fx.doc([
		fx.stage("rust:1.94-slim-trixie", "test", [fx.run("cargo build")]),
		fx.stage("gcr.io/distroless/cc-debian13:nonroot", "", []),
	])
}
