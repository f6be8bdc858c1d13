package ferrolint.rust.cargo_install_unlocked_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.cargo_install_unlocked as rule
import rego.v1

doc(text) := fx.doc([fx.stage("rust:1.94-slim-trixie", "", [fx.run(text)])])

test_install_path_without_locked_fires if {
	fs := rule.findings with input as doc("cargo install --path .")
	fs == {{
		"message": "cargo install --path ignores Cargo.lock without --locked: the binary is built from the newest compatible dependencies, not the ones you tested; add --locked",
		"range": fx.rng(2, 5, 27),
	}}
}

test_install_of_a_tool_names_it if {
	fs := rule.findings with input as doc("cargo install --version 0.1.73 cargo-chef")
	some f in fs
	startswith(f.message, "cargo install cargo-chef ignores the crate's Cargo.lock")
}

test_locked_and_frozen_pass if {
	count(rule.findings) == 0 with input as doc("cargo install --locked --path .")
	count(rule.findings) == 0 with input as doc("cargo install cargo-chef --frozen")
	count(rule.findings) == 0 with input as doc("cargo build --release")
}
