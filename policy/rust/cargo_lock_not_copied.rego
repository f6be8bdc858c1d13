# METADATA
# title: Cargo.toml copied without Cargo.lock
# description: |
#   A stage copies Cargo.toml from the build context before its cargo build, but never
#   Cargo.lock: not by name, not by a glob (Cargo.*), not by copying the manifest's
#   directory or the whole context, not by a bind mount. cargo then resolves the newest
#   compatible version of every dependency at build time, so the image is built from
#   dependency versions nobody tested, and the dependency cache layer is keyed on a file
#   that does not pin anything (rust-images.md §7.6). Stages that run
#   `cargo generate-lockfile` or `cargo update` create their lock on purpose and are not
#   reported. Directories copied whole may contain a Cargo.lock; they count as copying it.
#   Fix: `COPY Cargo.toml Cargo.lock ./` (commit Cargo.lock for binaries).
# custom:
#   id: RS014
#   name: cargo-lock-not-copied
#   severity: warning
#   aliases: []
#   fix: Copy Cargo.lock together with Cargo.toml, e.g. COPY Cargo.toml Cargo.lock ./
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY Cargo.toml ./
#       COPY src ./src
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY Cargo.toml Cargo.lock ./
#       COPY src ./src
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html
#     - https://doc.rust-lang.org/cargo/commands/cargo-build.html
package ferrolint.rust.cargo_lock_not_copied

import data.ferrolint.lib.cargo
import rego.v1

findings contains {
	"message": sprintf(
		"%s (line %d) copies %s but Cargo.lock is never copied before cargo builds (line %d): every build resolves the newest compatible dependencies instead of the locked ones; copy Cargo.lock next to it",
		[text(toml.instr), toml.instr.range.line, toml.path, build.cmd.range.line],
	),
	"range": toml.instr.range,
} if {
	some i, _ in input.stages
	builds := [c | some c in cargo.stage_runs[i]; cargo.is_build(c.p)]
	count(builds) > 0
	build := builds[count(builds) - 1]
	copies := context_copies(i, build.instr.index)
	tomls := [c | some c in copies; basename(c.path) == "Cargo.toml"]
	count(tomls) > 0
	toml := tomls[0]
	not lock_copied(copies, dir(toml.path))
	not lock_mounted(i, build.instr.index)
	not generates_lock(i)
}

# context_copies: COPY/ADD sources from the build context in stage i's chain before an
# instruction: {"instr", "path"}, the path without a leading "./".
context_copies(i, before) := [{"instr": instr, "path": trim_prefix(a.value, "./")} |
	some instr in cargo.timeline_of[i]
	instr.index < before
	instr.keyword in {"COPY", "ADD"}
	instr.from == ""
	n := count(instr.args)
	some k, a in instr.args
	k < n - 1
]

lock_copied(copies, _) if {
	some c in copies
	basename(c.path) == "Cargo.lock"
}

lock_copied(copies, _) if {
	some c in copies
	b := basename(c.path)
	contains(b, "*")
	glob.match(b, [], "Cargo.lock")
}

# the manifest's directory, a parent of it, or the whole context
lock_copied(copies, d) if {
	some c in copies
	p := trim_right(trim_suffix(trim_right(c.path, "/"), "/."), "/")
	directory_of(p, d)
}

directory_of(p, _) if p in {"", ".", "*"}

directory_of(p, d) if p == d

directory_of(p, d) if startswith(d, concat("", [p, "/"]))

lock_mounted(i, index) if {
	some instr in cargo.timeline_of[i]
	instr.index <= index
	instr.keyword == "RUN"
	some m in instr.mounts
	m.type == "bind"
	m.from == ""
	some s in {m.source, basename(m.source)}
	s in {"", ".", "Cargo.lock"}
}

generates_lock(i) if {
	some c in cargo.chain_runs[i]
	c.p.sub in {"generate-lockfile", "update"}
}

basename(p) := parts[count(parts) - 1] if parts := split(trim_right(p, "/"), "/")

dir(p) := concat("/", array.slice(parts, 0, count(parts) - 1)) if parts := split(p, "/")

text(instr) := concat(" ", array.concat([instr.keyword], [a.value | some a in instr.args]))
