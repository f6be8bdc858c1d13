package ferrolint.lib.cargo_test

import data.ferrolint.lib.cargo
import data.ferrolint.lib.fixtures as fx
import rego.v1

raw(args) := fx.raw_command(args)

c(args) := cargo.parse(raw(args))

test_argv_drops_assignments_and_wrappers if {
	c(["USER=root", "cargo", "new", "--bin", "app"]).argv == ["cargo", "new", "--bin", "app"]
	c(["sudo", "-E", "cargo", "build"]).verb == "build"
	c(["env", "CARGO_INCREMENTAL=0", "/usr/local/cargo/bin/cargo", "build"]).program == "cargo"
	c(["USER=root", "cargo", "new", "--bin", "app"]).sub == "new"
}

test_subcommand_skips_toolchain_and_options if {
	cmd := c(["cargo", "+nightly-2026-02-24", "-Z", "bindeps", "zigbuild", "-p", "mirrord", "--target", "x86_64-unknown-linux-gnu"])
	cmd.sub == "zigbuild"
	cargo.is_build(cmd)
	cargo.is_zigbuild(cmd)
}

test_builds if {
	every args in [
		["cargo", "build", "--release"],
		["cargo", "b", "-r"],
		["cargo", "install", "--path", "."],
		["cargo", "install", "--locked", "--path=crates/app"],
		["cargo", "auditable", "install", "--locked", "--target", "x86_64-unknown-linux-musl", "--path", "."],
		["cargo", "auditable", "build", "--release"],
		["cargo", "rustc", "--release", "--", "-C", "target-feature=+crt-static"],
	] {
		cargo.is_build(c(args))
	}
}

test_tool_installs_are_not_builds if {
	every args in [
		["cargo", "install", "cargo-chef", "--locked"],
		["cargo", "install", "--locked", "cargo-zigbuild@=0.20.1"],
		["cargo", "install", "cargo-watch", "diesel_cli"],
		["cargo", "chef", "cook", "--release", "--recipe-path", "recipe.json"],
		["cargo", "fetch"],
		["cargo", "run"],
	] {
		not cargo.is_build(c(args))
	}
	cargo.is_install(c(["cargo", "install", "cargo-chef"]))
	cargo.produces_binary(c(["cargo", "install", "mdbook", "--version", "0.4"]))
	cargo.is_cook(c(["cargo", "chef", "cook", "--release", "--recipe-path", "recipe.json"]))
}

test_targets if {
	cargo.targets(c(["cargo", "build", "--target", "a-b-c", "--target=d-e-f", "--target-dir", "/t"])) == {"a-b-c", "d-e-f"}
	cargo.targets(c(["cargo", "build", "--release"])) == set()
}

test_clean if {
	cargo.is_clean_all(c(["cargo", "clean"]))
	cargo.is_clean_all(c(["cargo", "clean", "--release"]))
	not cargo.is_clean_all(c(["cargo", "clean", "-p", "app"]))
	cargo.is_clean_package(c(["cargo", "clean", "--package=app"]))
}

test_registry_cache_mounts if {
	every t in ["/usr/local/cargo/registry", "/usr/local/cargo/registry/", "/root/.cargo/registry", "/opt/cargo/registry", "/usr/local/cargo/registry/index"] {
		cargo.is_registry_cache({"type": "cache", "target": t})
	}
	not cargo.is_registry_cache({"type": "cache", "target": "/app/target"})
	not cargo.is_registry_cache({"type": "bind", "target": "/usr/local/cargo/registry"})
}

test_uses_toolchain if {
	cargo.uses_toolchain(c(["rustup", "default", "nightly"]))
	cargo.uses_toolchain(c(["curl", "https://sh.rustup.rs", "-sSf"]))
	cargo.uses_toolchain(c(["cargo", "watch", "-x", "run"]))
	not cargo.uses_toolchain(c(["apt-get", "install", "-y", "libssl3"]))
}

test_timeline_follows_the_from_chain if {
	d := fx.doc([
		fx.stage("rust:1.94", "chef", [fx.run("cargo install cargo-chef")]),
		fx.stage("debian:bookworm-slim", "other", []),
		fx.stage("chef", "builder", [fx.run("cargo build")]),
	])
	[i.keyword | some i in cargo.timeline(d.stages[2])] == ["FROM", "RUN", "FROM", "RUN"] with input as d
	[x.pos | some x in cargo.run_commands(d.stages[2])] == [1000, 4000] with input as d
	cargo.final_stage.index == 2 with input as d
}

test_root_ref_falls_back_to_the_written_image if {
	d := fx.doc([fx.stage_missing("rust:${RUST_VERSION}-alpine", "", [], ["RUST_VERSION"])])
	cargo.root_ref(d.stages[0]).repository == "library/rust" with input as d
}

test_assignments_only_are_no_command if {
	not c(["A=1", "B=2"])
}
