package ferrolint.rust.build_tree_in_runtime_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.build_tree_in_runtime as rule
import rego.v1

doc(path) := fx.doc([
	fx.stage("rust:1.94-slim-trixie", "build", [fx.run("cargo build --release --locked")]),
	fx.stage("debian:trixie-slim", "", [fx.copy(concat("", ["--from=build ", path, " /app/"]))]),
])

test_release_directory_fires if {
	fs := rule.findings with input as doc("/src/target/release/")
	fs == {{
		"message": "COPY copies /src/target/release/, cargo's whole build directory (deps, build scripts, incremental caches), into the final image: hundreds of megabytes of intermediate artifacts next to the one binary it needs; copy only the binary, e.g. /src/target/release/<bin>",
		"range": fx.rng(4, 1, 45),
	}}
}

test_other_build_trees_fire if {
	every path in ["/src/target", "/src/target/x86_64-unknown-linux-musl/release", "/src/target/release/*", "/usr/local/cargo"] {
		count(rule.findings) == 1 with input as doc(path)
	}
}

test_binaries_pass if {
	every path in ["/src/target/release/app", "/usr/local/cargo/bin/app", "/src/target/x86_64-unknown-linux-musl/release/app"] {
		count(rule.findings) == 0 with input as doc(path)
	}
}
