# METADATA
# title: Debug build shipped
# description: |
#   The final image copies its binary from a stage whose last cargo build has no
#   `--release` (`-r`) or `--profile <name>`, or copies from target/debug/. That is the
#   dev profile: opt-level 0, debug assertions and overflow checks on, full debug info
#   (rust-images.md §7.7; cargo reference "Profiles"), often 10 to 100 times slower and
#   several times bigger. `cargo install` builds release by default and is not reported;
#   `--profile dev` counts as a debug build.
#   Fix: `cargo build --release --locked` and copy from target/release/.
# custom:
#   id: RS015
#   name: debug-build-shipped
#   severity: warning
#   aliases: []
#   fix: Build with --release (or --profile <name>) and copy from target/release/.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/debug/app /app
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
#     - https://doc.rust-lang.org/cargo/reference/profiles.html
package ferrolint.rust.debug_build_shipped

import data.ferrolint.lib.cargo
import data.ferrolint.lib.runtime
import rego.v1

# The stage's last build is a debug build and the final stage copies from it.
findings contains {
	"message": sprintf(
		"%s compiles with the dev profile (no --release or --profile), and the final image copies from this stage: an unoptimised binary with debug assertions and full debug info ships; build with --release and copy from target/release/",
		[concat(" ", array.slice(last.p.argv, 0, 2))],
	),
	"range": last.cmd.range,
} if {
	some s in copied_stages
	producers := [c | some c in cargo.chain_runs[s]; cargo.produces_binary(c.p)]
	count(producers) > 0
	last := producers[count(producers) - 1]
	debug_build(last.p)
	not copies_release(s)
}

copied_stages contains c.stage if some c in runtime.copies_in

debug_build(p) if {
	cargo.build_verbs[p.verb]
	not cargo.has_option(p, "--release")
	not cargo.has_option(p, "-r")
	not named_profile(p)
}

debug_build(p) if {
	cargo.build_verbs[p.verb]
	profile(p) in {"dev", "test"}
}

named_profile(p) if profile(p)

profile(p) := p.argv[i + 1] if {
	some i, a in p.argv
	a == "--profile"
}

profile(p) := substring(a, 10, -1) if {
	some a in p.argv
	startswith(a, "--profile=")
}

copies_release(s) if {
	some c in runtime.copies_in
	c.stage == s
	contains(c.path, "release")
}
