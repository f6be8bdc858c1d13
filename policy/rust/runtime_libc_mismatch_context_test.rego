package ferrolint.rust.runtime_libc_mismatch_context_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.runtime_libc_mismatch as rule
import rego.v1

doc(config) := object.union(fx.doc([
	fx.stage("rust:1.94-slim-trixie", "build", [fx.run("cargo build --release --locked")]),
	fx.stage("scratch", "", [fx.copy("--from=build /app/target/x/release/app /app"), fx.entrypoint(`["/app"]`)]),
]), {"context": {"dir": ".", "cargo_config": config}})

# .cargo/config.toml's [build] target decides the link mode like --target does.
test_config_target_gnu_on_scratch_fires if {
	fs := rule.findings with input as doc({"file": ".cargo/config.toml", "build_target": "x86_64-unknown-linux-gnu", "rustflags": []})
	some f in fs
	contains(f.message, "is linked dynamically against glibc 2.41")
}

test_config_target_musl_passes if {
	count(rule.findings) == 0 with input as doc({"file": ".cargo/config.toml", "build_target": "x86_64-unknown-linux-musl", "rustflags": []})
}

test_config_rustflags_crt_static if {
	fs := rule.findings with input as doc({"file": ".cargo/config.toml", "build_target": "x86_64-unknown-linux-gnu", "rustflags": ["-C", "target-feature=+crt-static"]})
	some f in fs
	f.severity == "warning"
	contains(f.message, "linked statically against glibc")
}
