# METADATA
# title: Binary name does not match a Cargo bin target
# description: |
#   Needs the build context (--context, default the Dockerfile's folder) with a
#   Cargo.toml. A `COPY --from=<stage> .../target/<profile>/<name>` (or
#   target/<triple>/<profile>/<name>) copies a file that no binary target of the
#   project or its workspace members produces, or an `rm ... target/*/deps/<name>*` that
#   is meant to invalidate a stub build matches no crate. The usual cause is the
#   hyphen/underscore rule: a binary keeps its package's name as written (`my-api`),
#   while the files under deps/ use the crate name with underscores (`my_api-<hash>`).
#   The COPY then fails ("not found"); the rm silently removes nothing, so cargo may keep
#   the stub and ship "Hello, world!" (rust-images.md §5B). Bin targets are the [[bin]]
#   names, the package name when src/main.rs exists, and src/bin/ entries.
#   Fix: copy target/release/<bin> with the bin's own name; remove deps/<crate_name>*
#   with underscores.
# custom:
#   id: RS023
#   name: binary-name-mismatch
#   severity: error
#   aliases: []
#   fix: Use the bin target's name (hyphens kept) for target/release/<bin> and the underscored crate name for deps/<crate>*.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/my_api /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/my-api /app
#       ENTRYPOINT ["/app"]
#     context:
#       .dockerignore: |
#         target/
#         .git/
#       Cargo.toml: |
#         [package]
#         name = "my-api"
#         version = "0.1.0"
#         edition = "2021"
#       src/main.rs: |
#         fn main() {}
#   sources:
#     - https://doc.rust-lang.org/cargo/reference/cargo-targets.html
#     - https://doc.rust-lang.org/cargo/guide/build-cache.html
package ferrolint.rust.binary_name_mismatch

import data.ferrolint.lib.cargo
import data.ferrolint.lib.runtime
import rego.v1

bins := {b | some b in input.context.cargo_toml.bins}

crates := {replace(n, "-", "_") | some n in input.context.cargo_toml.packages} | {replace(n, "-", "_") | some n in bins}

findings contains {
	"message": sprintf("%s copies %s, but %s", [c.instr.keyword, c.path, why]),
	"range": c.instr.range,
} if {
	count(bins) > 0
	some c in runtime.from_copies
	name := binary_in(c.path)
	not bins[name]
	why := copy_problem(name)
}

findings contains {
	"message": sprintf("`%s` removes nothing: %s, so cargo can keep the stub build and ship it", [concat(" ", c.p.argv), why]),
	"range": c.cmd.range,
} if {
	count(crates) > 0
	some runs in cargo.stage_runs
	some c in runs
	c.p.program == "rm"
	some arg in c.p.argv
	prefix := deps_prefix(arg)
	not matches_crate(prefix)
	why := rm_problem(prefix)
}

# binary_in: the file name after target/<profile>/ or target/<triple>/<profile>/.
binary_in(path) := name if {
	parts := split(trim_right(path, "/"), "/")
	n := count(parts)
	n >= 3
	name := parts[n - 1]
	parts[n - 2] in {"release", "debug"}
	some k in {3, 4}
	n >= k
	parts[n - k] == "target"
	plain(name)
}

plain(name) if {
	not contains(name, "$")
	not contains(name, "*")
	not contains(name, ".")
	not name in {"deps", "build", "examples", "incremental", ".fingerprint"}
}

copy_problem(name) := sprintf("cargo names that binary %s: a binary keeps its package's hyphens (only files under deps/ use underscores); the COPY fails with \"not found\"", [hyphenated]) if {
	hyphenated := replace(name, "_", "-")
	bins[hyphenated]
} else := sprintf("Cargo.toml has no binary target %q (its bins: %s); the COPY fails with \"not found\"", [name, concat(", ", sort(bins))])

# deps_prefix: the crate-name part of target/.../deps/<prefix>*.
deps_prefix(arg) := prefix if {
	contains(arg, "target/")
	parts := split(arg, "/deps/")
	count(parts) == 2
	prefix := trim_right(trim_right(parts[1], "*"), "-")
	prefix != ""
	not contains(prefix, "$")
	not contains(prefix, "/")
}

matches_crate(prefix) if {
	some c in crates
	startswith(c, prefix)
}

rm_problem(prefix) := sprintf("files under deps/ use the crate name with underscores (%s*), not the package name", [underscored]) if {
	underscored := replace(prefix, "-", "_")
	crates[underscored]
} else := sprintf("no crate of Cargo.toml is named %s (crates: %s)", [prefix, concat(", ", sort(crates))])
