package ferrolint.rust.binary_in_cache_mount_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.binary_in_cache_mount as rule
import rego.v1

doc(build_body, copy) := fx.doc([
	fx.stage("rust:1.94-slim-trixie", "build", array.concat([fx.other("WORKDIR", "/app")], build_body)),
	fx.stage("gcr.io/distroless/cc-debian13:nonroot", "", [fx.copy(copy)]),
])

test_relative_cache_mount_then_copy_fires if {
	fs := rule.findings with input as doc([fx.run_cache("target", "cargo build --release --locked")], "--from=build /app/target/release/app /app")
	fs == {{
		"message": "COPY copies /app/target/release/app from stage \"build\", but the RUN at line 3 mounts /app/target as a BuildKit cache, which is not part of the stage's layers: the file is not there and the build fails (or ships a stale copy); copy the binary out in the same RUN (`cargo build --release && cp target/release/<bin> /bin/`) and COPY that path",
		"range": fx.rng(5, 1, 47),
	}}
}

test_copy_out_in_the_same_run_passes if {
	fs := rule.findings with input as doc([fx.run_cache("/app/target", "cargo build --release && cp target/release/app /bin/app")], "--from=build /bin/app /app")
	count(fs) == 0
}

test_later_build_without_the_mount_passes if {
	fs := rule.findings with input as doc([fx.run_cache("/app/target", "cargo build --release"), fx.run("cargo build --release")], "--from=build /app/target/release/app /app")
	count(fs) == 0
}

test_registry_cache_is_not_the_copied_path if {
	fs := rule.findings with input as doc([fx.run_cache("/usr/local/cargo/registry", "cargo build --release")], "--from=build /app/target/release/app /app")
	count(fs) == 0
}
