package ferrolint.rust.cargo_lock_not_copied_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.cargo_lock_not_copied as rule
import rego.v1

doc(body) := fx.doc([fx.stage("rust:1.94-slim-trixie", "", body)])

test_manifest_without_lock_fires if {
	fs := rule.findings with input as doc([fx.copy("Cargo.toml ./"), fx.copy("src ./src"), fx.run("cargo build --release")])
	fs == {{
		"message": "COPY Cargo.toml ./ (line 2) copies Cargo.toml but Cargo.lock is never copied before cargo builds (line 4): every build resolves the newest compatible dependencies instead of the locked ones; copy Cargo.lock next to it",
		"range": fx.rng(2, 1, 19),
	}}
}

test_lock_by_name_glob_directory_or_context_passes if {
	every copies in [
		[fx.copy("Cargo.toml Cargo.lock ./")],
		[fx.copy("Cargo.* ./")],
		[fx.copy("Cargo.toml ./"), fx.copy(". .")],
		[fx.copy("server/Cargo.toml server/"), fx.copy("server/ server/")],
	] {
		count(rule.findings) == 0 with input as doc(array.concat(copies, [fx.run("cargo build --release")]))
	}
}

test_generated_lock_passes if {
	fs := rule.findings with input as doc([fx.copy("Cargo.toml ./"), fx.run("cargo generate-lockfile"), fx.run("cargo build --release")])
	count(fs) == 0
}
