package ferrolint.rust.binary_name_mismatch_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.binary_name_mismatch as rule
import rego.v1

ctx := {"dir": ".", "cargo_toml": {"packages": ["my-api"], "bins": ["my-api", "migrate"], "workspace_members": []}}

doc(build_body, copy) := object.union(fx.doc([
	fx.stage("rust:1.94-slim-trixie", "build", build_body),
	fx.stage("gcr.io/distroless/cc-debian13:nonroot", "", [fx.copy(copy)]),
]), {"context": ctx})

test_underscored_binary_fires if {
	fs := rule.findings with input as doc([], "--from=build /app/target/release/my_api /app")
	fs == {{
		"message": "COPY copies /app/target/release/my_api, but cargo names that binary my-api: a binary keeps its package's hyphens (only files under deps/ use underscores); the COPY fails with \"not found\"",
		"range": fx.rng(3, 1, 50),
	}}
}

test_unknown_binary_lists_the_bins if {
	fs := rule.findings with input as doc([], "--from=build /app/target/x86_64-unknown-linux-musl/release/server /app")
	some f in fs
	endswith(f.message, "Cargo.toml has no binary target \"server\" (its bins: migrate, my-api); the COPY fails with \"not found\"")
}

test_hyphenated_deps_rm_fires if {
	fs := rule.findings with input as doc([fx.run("rm -f target/release/deps/my-api*")], "--from=build /app/target/release/my-api /app")
	fs == {{
		"message": "`rm -f target/release/deps/my-api*` removes nothing: files under deps/ use the crate name with underscores (my_api*), not the package name, so cargo can keep the stub build and ship it",
		"range": fx.rng(2, 5, 38),
	}}
}

test_matching_names_and_no_context_pass if {
	count(rule.findings) == 0 with input as doc([fx.run("rm -f target/release/deps/my_api*")], "--from=build /app/target/release/migrate /app")
	count(rule.findings) == 0 with input as fx.doc([
		fx.stage("rust:1.94-slim-trixie", "build", []),
		fx.stage("scratch", "", [fx.copy("--from=build /app/target/release/anything /app")]),
	])
}
