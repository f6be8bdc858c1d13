package ferrolint.rust.no_dependency_cache_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.no_dependency_cache as rule
import rego.v1

findings(specs) := fs if {
	fs := rule.findings with input as fx.doc(specs)
}

# builder(body) is one builder stage with that body (its lines start at 2).
builder(body) := [fx.stage("rust:1.94-slim-trixie", "builder", body)]

only(body) := f if {
	fs := findings(builder(body))
	count(fs) == 1
	some f in fs
}

none(body) if count(findings(builder(body))) == 0

# --- firing: sources before the first build ---

test_copy_everything_then_build_fires if {
	f := only([fx.other("WORKDIR", "/app"), fx.copy(". ."), fx.run("cargo build --release")])
	f.range.line == 3
	contains(f.message, "COPY . . (line 3) copies the sources before cargo builds the dependencies")
}

test_manifests_then_src_without_stub_fires if {
	f := only([fx.copy("Cargo.toml Cargo.lock ./"), fx.copy("src ./src"), fx.run("cargo build --release")])
	f.range.line == 3
	contains(f.message, "COPY src ./src")
}

test_add_and_install_path_fire if {
	f := only([fx.add(". /app"), fx.run("cargo install --path . --locked")])
	f.range.line == 2
}

test_workspace_directory_copy_fires if {
	f := only([fx.copy("Cargo.toml ./"), fx.copy("crates crates"), fx.run("cargo build --release --workspace")])
	f.range.line == 3
}

test_target_cache_mount_alone_fires if {
	f := only([fx.copy(". ."), fx.run_cache("/app/target", "cargo build --release")])
	f.range.line == 2
}

test_tool_install_before_sources_is_not_a_stub_build if {
	f := only([fx.run("cargo install diesel_cli"), fx.copy(". ."), fx.run("cargo install --path .")])
	f.range.line == 3
}

test_sources_copied_in_a_parent_stage_fire_once if {
	fs := findings([
		fx.stage("rust:1.94", "base", [fx.copy(". .")]),
		fx.stage("base", "cli", [fx.run("cargo build --release --bin cli")]),
		fx.stage("base", "server", [fx.run("cargo build --release --bin server")]),
	])
	count(fs) == 1
	some f in fs
	f.range.line == 2
}

# --- firing: the stub pattern gone wrong ---

test_stub_without_invalidation_fires if {
	f := only([
		fx.copy("Cargo.toml Cargo.lock ./"),
		fx.run("mkdir src && echo fn_main > src/main.rs"),
		fx.run("cargo build --release"),
		fx.copy("src ./src"),
		fx.run("cargo build --release --locked"),
	])
	f.range == fx.rng(6, 5, 35)
	contains(f.message, "cargo build --release --locked (line 6) may ship the stub binary")
	contains(f.message, "dummy build at line 4")
	contains(f.message, "COPY src ./src (line 5)")
}

test_touch_before_the_copy_does_not_count if {
	f := only([
		fx.copy("Cargo.toml Cargo.lock ./"),
		fx.run("cargo new --bin app"),
		fx.run("cargo build --release && touch src/main.rs"),
		fx.copy(". ."),
		fx.run("cargo build --release"),
	])
	contains(f.message, "stub binary")
}

test_cargo_clean_after_the_stub_fires if {
	f := only([
		fx.run("USER=root cargo new --bin builddir"),
		fx.add("Cargo.* /builddir/"),
		fx.run("cargo build --release"),
		fx.copy("./src ./src"),
		fx.run("cargo clean && cargo build --release"),
	])
	f.range == fx.rng(6, 5, 16)
	contains(f.message, "cargo clean (line 6) deletes the dependencies the dummy build at line 4 compiled")
}

# --- not firing ---

test_cargo_chef_passes if {
	count(findings([
		fx.stage("lukemathwalker/cargo-chef:latest-rust-1.94", "chef", [fx.other("WORKDIR", "/app")]),
		fx.stage("chef", "planner", [fx.copy(". ."), fx.run("cargo chef prepare --recipe-path recipe.json")]),
		fx.stage("chef", "builder", [
			fx.copy("--from=planner /app/recipe.json recipe.json"),
			fx.run("cargo chef cook --release --recipe-path recipe.json"),
			fx.copy(". ."),
			fx.run("cargo build --release --bin app"),
		]),
	])) == 0
}

test_cook_in_a_parent_stage_passes if {
	count(findings([
		fx.stage("rust:1.94", "builder", [fx.run("cargo chef cook --release --recipe-path recipe.json"), fx.copy("core core")]),
		fx.stage("builder", "http", [fx.run("cargo build --release --bin router")]),
	])) == 0
}

test_stub_with_touch_passes if {
	none([
		fx.copy("Cargo.toml Cargo.lock ./"),
		fx.run("mkdir src && echo fn_main > src/main.rs"),
		fx.run("cargo build --release"),
		fx.copy("src ./src"),
		fx.run("touch src/main.rs && cargo build --release"),
	])
}

test_stub_with_rm_deps_before_the_copy_passes if {
	none([
		fx.copy("Cargo.toml Cargo.lock ./"),
		fx.run("mkdir src && echo fn_main > src/main.rs"),
		fx.run("cargo build --release"),
		fx.run("rm -f target/release/deps/my_api*"),
		fx.copy("src ./src"),
		fx.run("cargo build --release"),
	])
}

test_stub_with_clean_package_passes if {
	none([
		fx.run("cargo new app"),
		fx.copy("Cargo.toml ./"),
		fx.run("cargo build --release"),
		fx.copy(". ."),
		fx.run("cargo clean -p app --release && cargo build --release"),
	])
}

test_stub_with_find_touch_passes if {
	none([
		fx.copy("Cargo.lock Cargo.toml /tmp/source/"),
		fx.run("touch /tmp/source/parser/src/lib.rs"),
		fx.run("cargo build --release"),
		fx.copy("src /tmp/source/src"),
		fx.run("find -name *.rs -exec touch {} ; && cargo build --release"),
	])
}

test_workspace_stub_after_a_crate_copy_passes if {
	none([
		fx.copy("Cargo.toml Cargo.lock ./"),
		fx.copy("app_derive app_derive"),
		fx.run("mkdir app/src && echo fn_main > app/src/main.rs && cargo build --release"),
		fx.copy(". ."),
		fx.run("touch app/src/main.rs"),
		fx.run("cargo build --release --frozen"),
	])
}

test_registry_cache_mount_passes if {
	none([fx.copy(". ."), fx.run_cache("/usr/local/cargo/registry", "cargo build --release && cp target/release/app /bin/app")])
	none([fx.add(". /src/"), fx.run_cache("/root/.cargo/registry", "cargo build --release")])
}

test_sccache_passes if {
	none([fx.env("RUSTC_WRAPPER=/usr/local/bin/sccache"), fx.copy(". ."), fx.run("cargo build --release")])
}

test_tool_installs_only_pass if {
	none([fx.copy(". ."), fx.run("cargo install mdbook --version 0.4.40"), fx.run("cargo install cargo-watch")])
}

test_no_source_copy_passes if {
	none([fx.run("git clone https://github.com/acme/app /app"), fx.run("cargo build --release")])
	none([fx.copy("Cargo.toml Cargo.lock ./"), fx.copy("build.rs ./"), fx.run("cargo build --release")])
}

test_build_only_at_container_start_passes if {
	none([fx.copy(". ."), fx.entrypoint(`["cargo", "build", "--release"]`)])
}

test_a_build_before_the_manifests_is_not_a_stub_build if {
	f := only([
		fx.run("git clone https://github.com/acme/tool /opt/tool && cargo build --manifest-path /opt/tool/Cargo.toml"),
		fx.copy(". ."),
		fx.run("cargo build --release"),
	])
	contains(f.message, "copies the sources before")
}

test_sources_after_the_last_build_pass if {
	none([fx.run("cargo build --release"), fx.copy(". .")])
}

# --- the fix ---

test_fix_adds_cargo_chef_stages if {
	f := only([fx.other("WORKDIR", "/app"), fx.copy(". ."), fx.run("cargo build --release --locked")])
	not f.fix.safe
	f.fix.edits == [
		{"range": fx.rng(1, 1, 1), "new_text": "FROM rust:1.94-slim-trixie AS planner\nWORKDIR /app\nRUN cargo install cargo-chef --locked\nCOPY . .\nRUN cargo chef prepare --recipe-path recipe.json\n\n"},
		{"range": fx.rng(3, 1, 1), "new_text": "RUN cargo install cargo-chef --locked\nCOPY --from=planner /app/recipe.json recipe.json\nRUN cargo chef cook --release --locked --recipe-path recipe.json\n"},
	]
	contains(f.fix.description, "run cargo chef cook before COPY . .")
}

test_fix_cooks_with_the_build_flags_and_needs_no_install_on_chef_images if {
	fs := findings([fx.stage("lukemathwalker/cargo-chef:latest-rust-1.94-trixie", "", [
		fx.copy(". ./"),
		fx.run("cargo build -r --target x86_64-unknown-linux-musl --features=tls -p api --bin api --manifest-pat x"),
	])])
	some f in fs
	f.fix.edits[0].new_text == "FROM lukemathwalker/cargo-chef:latest-rust-1.94-trixie AS planner\nWORKDIR /app\nCOPY . .\nRUN cargo chef prepare --recipe-path recipe.json\n\n"
	f.fix.edits[1].new_text == "COPY --from=planner /app/recipe.json recipe.json\nRUN cargo chef cook --release --target x86_64-unknown-linux-musl --features=tls -p api --bin api --recipe-path recipe.json\n"
}

test_fix_cooks_in_release_for_cargo_install if {
	f := only([fx.copy(". ."), fx.run("cargo install --path . --locked")])
	f.fix.edits[1].new_text == "RUN cargo install cargo-chef --locked\nCOPY --from=planner /app/recipe.json recipe.json\nRUN cargo chef cook --release --locked --recipe-path recipe.json\n"
}

test_fix_copy_into_the_workdir_by_absolute_path if {
	f := only([fx.other("WORKDIR", "/src"), fx.copy(". /src/"), fx.run("cargo build --release")])
	count(f.fix.edits) == 2
}

test_fix_picks_another_planner_name if {
	fs := findings([
		fx.stage("alpine:3.22", "planner", []),
		fx.stage("rust:1.94", "builder", [fx.copy(". ."), fx.run("cargo build")]),
	])
	some f in fs
	startswith(f.fix.edits[0].new_text, "FROM rust:1.94 AS planner1\n")
	contains(f.fix.edits[1].new_text, "COPY --from=planner1 /app/recipe.json recipe.json\nRUN cargo chef cook --recipe-path recipe.json\n")
}

test_no_fix_where_cook_would_not_match_the_build if {
	# only some sources, into another directory, a WORKDIR or cd before the build,
	# a manifest path, a non-rust image
	not only([fx.copy("Cargo.toml Cargo.lock ./"), fx.copy("src ./src"), fx.run("cargo build --release")]).fix
	not only([fx.other("WORKDIR", "/app"), fx.copy(". /src"), fx.run("cargo build --release")]).fix
	not only([fx.copy(". ."), fx.other("WORKDIR", "/app/api"), fx.run("cargo build --release")]).fix
	not only([fx.copy(". ."), fx.run("cd api && cargo build --release")]).fix
	not only([fx.copy(". ."), fx.run("cargo build --release --manifest-path api/Cargo.toml")]).fix
	fs := findings([fx.stage("debian:trixie", "", [fx.copy(". ."), fx.run("cargo build --release")])])
	some f in fs
	not f.fix
}

test_no_fix_when_a_workdir_uses_a_variable if {
	f := only([fx.other("WORKDIR", "${APP}"), fx.copy(". ."), fx.run("cargo build --release")])
	contains(f.message, "copies the sources before")
	not f.fix
}
