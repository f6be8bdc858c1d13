# METADATA
# title: Shipped binary built without --locked
# description: |
#   The cargo build that produces the binary the final image copies runs without
#   `--locked` (or `--frozen`). With a Cargo.lock present cargo normally uses it, but
#   when Cargo.toml and Cargo.lock disagree it silently updates the lock instead of
#   failing, so the image can contain dependency versions that CI never tested
#   (rust-images.md §7.6; cargo docs "--locked"). Informational: the build is usually
#   fine; --locked makes it an error when it is not. Only the last build of each such
#   stage is reported (earlier ones are usually dependency-cache stubs).
#   Fix: add --locked to the build (and to cargo chef cook).
# custom:
#   id: RS013
#   name: cargo-build-unlocked
#   severity: info
#   aliases: []
#   fix: Add --locked to cargo build.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://doc.rust-lang.org/cargo/commands/cargo-build.html
#     - https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html
package ferrolint.rust.cargo_build_unlocked

import data.ferrolint.lib.cargo
import data.ferrolint.lib.runtime
import rego.v1

findings contains {
	"message": sprintf("%s produces the binary the image ships, without --locked: if Cargo.toml and Cargo.lock disagree, cargo rewrites the lock instead of failing, and the image gets dependency versions CI never tested; add --locked", [command_text(c.p)]),
	"range": c.cmd.range,
} if {
	some s in runtime.shipping_stages
	builds := [c | some c in cargo.stage_runs[s]; cargo.build_verbs[c.p.verb]]
	count(builds) > 0
	c := builds[count(builds) - 1]
	not cargo.has_option(c.p, "--locked")
	not cargo.has_option(c.p, "--frozen")
}

command_text(p) := concat(" ", array.slice(p.argv, 0, 2))
