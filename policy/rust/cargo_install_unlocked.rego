# METADATA
# title: cargo install without --locked
# description: |
#   `cargo install` ignores Cargo.lock unless given `--locked` (or `--frozen`): it
#   resolves the newest semver-compatible version of every dependency at build time.
#   For `cargo install --path .` the shipped binary is then built from dependencies that
#   were never tested together (cargo#6983: intended; use --locked); for a tool such as
#   cargo-chef or sqlx-cli, a new release of any of its dependencies can break the build
#   or raise the required Rust version overnight (rust-images.md §7.5; cargo#7169).
#   Fix: add --locked.
# custom:
#   id: RS012
#   name: cargo-install-unlocked
#   severity: warning
#   aliases: []
#   fix: Add --locked to cargo install.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo install --path . --root /out
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /out/bin/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo install --locked --path . --root /out
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /out/bin/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://doc.rust-lang.org/cargo/commands/cargo-install.html
#     - https://github.com/rust-lang/cargo/issues/6983
#     - https://github.com/rust-lang/cargo/issues/7169
package ferrolint.rust.cargo_install_unlocked

import data.ferrolint.lib.cargo
import rego.v1

findings contains {
	"message": message(c.p),
	"range": c.cmd.range,
} if {
	some runs in cargo.stage_runs
	some c in runs
	cargo.is_install(c.p)
	not cargo.has_option(c.p, "--locked")
	not cargo.has_option(c.p, "--frozen")
}

message(p) := "cargo install --path ignores Cargo.lock without --locked: the binary is built from the newest compatible dependencies, not the ones you tested; add --locked" if {
	cargo.has_option(p, "--path")
} else := sprintf("cargo install %s ignores the crate's Cargo.lock without --locked: each build resolves its dependencies afresh, and a new release of any of them can break the build or raise its minimum Rust version; add --locked", [crate(p)])

crate(p) := x if {
	xs := [a | some i, a in p.argv; i > 1; not startswith(a, "-"); not cargo.value_options[p.argv[i - 1]]]
	count(xs) > 0
	x := xs[0]
} else := "<crate>"
