# METADATA
# title: Binary copied out of a cache mount
# description: |
#   A stage builds with `RUN --mount=type=cache,target=<dir>` and a later
#   `COPY --from=<that stage>` copies a path inside `<dir>`, typically
#   `/app/target/release/app` out of a cached `/app/target`. A cache mount is not part of
#   the stage's filesystem once the RUN ends: BuildKit keeps it aside and commits nothing
#   of it to the layer (rust-images.md §5C, BuildKit reference "RUN --mount=type=cache"),
#   so the COPY finds nothing and the build fails, or copies a stale file when the path
#   happens to exist from an earlier step. Relative mount targets are resolved against
#   the WORKDIR of the RUN; COPY --from sources against /. Not reported when a later RUN
#   of the stage builds again without that cache mount.
#   Fix: copy the binary out in the same RUN, as Docker's Rust guide does:
#   `cargo build --release --locked && cp target/release/app /bin/app`, then
#   `COPY --from=build /bin/app /app`.
# custom:
#   id: RS010
#   name: binary-in-cache-mount
#   severity: error
#   aliases: []
#   fix: Copy the binary out of the cache mount in the same RUN (cargo build ... && cp target/release/app /bin/app) and COPY that path.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry \
#           --mount=type=cache,target=/app/target \
#           cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry \
#           --mount=type=cache,target=/app/target \
#           cargo build --release --locked && cp target/release/app /bin/app
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /bin/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://docs.docker.com/reference/dockerfile/#run---mounttypecache
#     - https://docs.docker.com/guides/rust/build-images/
package ferrolint.rust.binary_in_cache_mount

import data.ferrolint.lib.cargo
import data.ferrolint.lib.runtime
import rego.v1

findings contains {
	"message": sprintf(
		"%s copies %s from stage %s, but the RUN at line %d mounts %s as a BuildKit cache, which is not part of the stage's layers: the file is not there and the build fails (or ships a stale copy); copy the binary out in the same RUN (`cargo build --release && cp target/release/<bin> /bin/`) and COPY that path",
		[c.instr.keyword, c.path, stage_label(c.stage), m.line, m.dir],
	),
	"range": c.instr.range,
} if {
	some c in runtime.from_copies
	some m in cache_dirs[c.stage]
	path := runtime.clean(c.path)
	under(path, m.dir)
	not rebuilt_outside(c.stage, m)
}

# cache_dirs[i]: the absolute cache-mount targets of RUNs in stage i's chain.
cache_dirs[i] := {{"dir": dir, "line": instr.range.line, "index": instr.index} |
	some instr in cargo.timeline_of[i]
	instr.keyword == "RUN"
	some mount in instr.mounts
	mount.type == "cache"
	not contains(mount.target, "$")
	wd := runtime.workdir(i, instr.index)
	dir := runtime.absolute(wd, mount.target)
	dir != "/"
} if {
	some i, _ in input.stages
}

under(path, dir) if path == dir

under(path, dir) if startswith(path, concat("", [dir, "/"]))

# rebuilt_outside: a later RUN builds without the cache mount, so its output is in a layer.
rebuilt_outside(stage, m) if {
	some c in cargo.chain_runs[stage]
	c.instr.index > m.index
	cargo.produces_binary(c.p)
	not mounts_dir(stage, c.instr, m.dir)
}

mounts_dir(stage, instr, dir) if {
	some mount in instr.mounts
	mount.type == "cache"
	runtime.absolute(runtime.workdir(stage, instr.index), mount.target) == dir
}

stage_label(i) := sprintf("%q", [input.stages[i].name]) if input.stages[i].name != ""

stage_label(i) := sprintf("%d", [i]) if input.stages[i].name == ""
