# METADATA
# title: Cross-compiled binary copied from target/release
# description: |
#   The stage that builds the binary names a target triple (`cargo build --target
#   x86_64-unknown-linux-musl`, `CARGO_BUILD_TARGET`, or `[build] target` in the
#   context's .cargo/config.toml), so cargo writes it to `target/<triple>/release/<bin>`,
#   but a COPY --from takes `target/release/<bin>` (or target/debug), which such a build
#   never creates (rust-images.md §4.5 step 3, §7.4): the build fails with "not found",
#   or copies a stale host build left by an earlier step. Only stages whose every cargo
#   build names a target are judged; builds with --target-dir or CARGO_TARGET_DIR are not.
#   zigbuild's glibc suffix (x86_64-unknown-linux-gnu.2.17) is not part of the directory.
#   Stages that cp or mv the output into target/<profile>/ themselves are not reported.
#   Fix: copy from target/<triple>/release/<bin>.
# custom:
#   id: RS011
#   name: target-triple-path
#   severity: error
#   aliases: []
#   fix: Copy from target/<triple>/release/<bin>, the directory a --target build writes.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       RUN rustup target add x86_64-unknown-linux-musl
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry \
#           cargo build --release --locked --target x86_64-unknown-linux-musl
#
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       RUN rustup target add x86_64-unknown-linux-musl
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry \
#           cargo build --release --locked --target x86_64-unknown-linux-musl
#
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /app/target/x86_64-unknown-linux-musl/release/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://doc.rust-lang.org/cargo/guide/build-cache.html
#     - https://github.com/clux/muslrust
package ferrolint.rust.target_triple_path

import data.ferrolint.lib.cargo
import data.ferrolint.lib.runtime
import rego.v1

findings contains {
	"message": sprintf(
		"%s copies %s, but stage %s builds for --target %s, so cargo writes the binary to %s: this path does not exist (or holds a stale host build); copy %s",
		[c.instr.keyword, src, stage_label(c.stage), triple, expected, suggestion],
	),
	"range": c.instr.range,
} if {
	some c in runtime.from_copies
	ts := stage_targets[c.stage]
	src := c.path
	profile_dir := host_profile_dir(src)
	count(ts) == 1
	not moved_to_host_path(c.stage, profile_dir)
	some triple in ts
	not contains(triple, "$")
	expected := concat("", ["target/", triple, "/", profile_dir, "/"])
	suggestion := replace(src, concat("", ["target/", profile_dir]), concat("", ["target/", triple, "/", profile_dir]))
}

# host_profile_dir: "release" or "debug" when the path is target/release/... or
# target/debug/... (the host layout).
host_profile_dir(path) := d if {
	some d in {"release", "debug"}
	p := concat("/", ["", trim_prefix(path, "/")])
	contains(concat("", [p, "/"]), concat("", ["/target/", d, "/"]))
}

# stage_targets[i]: the directories of the triples every build of stage i's chain names
# (zigbuild's .2.17 glibc suffix dropped); undefined when a build names none.
stage_targets[i] := {dir_of(t) | some b in builds; some t in targets_of(b)} if {
	some i, _ in input.stages
	builds := [c | some c in cargo.chain_runs[i]; cargo.is_build(c.p); c.p.verb != "install"]
	count(builds) > 0
	every b in builds {
		count(targets_of(b)) > 0
		not custom_target_dir(b)
	}
}

targets_of(b) := ts if {
	ts := cargo.targets(b.p)
	count(ts) > 0
} else := {t} if {
	t := b.instr.env.CARGO_BUILD_TARGET
	t != ""
} else := {t} if {
	t := object.get(input, ["context", "cargo_config", "build_target"], "")
	t != ""
} else := set()

# moved_to_host_path: a cp or mv puts the output into target/<profile>/ itself, as
# shadowsocks-rust does (mv target/$RUST_TARGET/release/ss* target/release/).
moved_to_host_path(stage, profile_dir) if {
	some c in cargo.chain_runs[stage]
	c.p.program in {"cp", "mv", "install", "ln"}
	dest := c.p.argv[count(c.p.argv) - 1]
	host_profile_dir(dest) == profile_dir
}

moved_to_host_path(stage, profile_dir) if {
	some c in cargo.chain_runs[stage]
	c.p.program in {"cp", "mv"}
	dest := trim_right(c.p.argv[count(c.p.argv) - 1], "/")
	endswith(dest, concat("", ["target/", profile_dir]))
}

custom_target_dir(b) if cargo.has_option(b.p, "--target-dir")

custom_target_dir(b) if b.instr.env.CARGO_TARGET_DIR

dir_of(t) := regex.replace(t, `\.2\.[0-9]+$`, "")

stage_label(i) := sprintf("%q", [input.stages[i].name]) if input.stages[i].name != ""

stage_label(i) := sprintf("%d", [i]) if input.stages[i].name == ""
