# METADATA
# title: Whole target/ or CARGO_HOME copied into the final image
# description: |
#   The final stage copies cargo's whole build directory (`target`, `target/release`,
#   `target/<triple>/release`, `target/release/*`) or cargo's home (`/usr/local/cargo`,
#   `/root/.cargo`, `/opt/cargo`) out of another stage. Those directories hold every
#   dependency's compiled artifacts, incremental caches, build-script outputs and the
#   registry sources: hundreds of megabytes to gigabytes, next to the one binary the
#   image needs (rust-images.md §7.9).
#   Fix: copy only the binary, e.g. COPY --from=build /app/target/release/app /usr/local/bin/app.
# custom:
#   id: RS016
#   name: build-tree-in-runtime
#   severity: warning
#   aliases: []
#   fix: Copy only the binary, e.g. COPY --from=build /app/target/release/<bin> /usr/local/bin/.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release /app
#       ENTRYPOINT ["/app/app"]
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
#     - https://doc.rust-lang.org/cargo/guide/build-cache.html
#     - https://github.com/GoogleContainerTools/distroless/blob/main/examples/rust/Dockerfile
package ferrolint.rust.build_tree_in_runtime

import data.ferrolint.lib.runtime
import rego.v1

findings contains {
	"message": sprintf("%s copies %s, %s, into the final image: hundreds of megabytes of intermediate artifacts next to the one binary it needs; copy only the binary, e.g. %s", [c.instr.keyword, c.path, what, example(c.path)]),
	"range": c.instr.range,
} if {
	some c in runtime.copies_in
	what := tree(trim_right(c.path, "/"))
}

tree(p) := "cargo's whole build directory" if {
	parts := split(p, "/")
	last := parts[count(parts) - 1]
	last == "target"
}

tree(p) := "cargo's whole build directory (deps, build scripts, incremental caches)" if {
	parts := split(p, "/")
	n := count(parts)
	some k in {1, 2}
	n > k
	parts[n - 1] in {"release", "debug", "*"}
	parts[(n - 1) - k] == "target"
	parts[n - 1] != "*"
}

tree(p) := "cargo's whole build directory (deps, build scripts, incremental caches)" if {
	parts := split(p, "/")
	n := count(parts)
	n > 2
	parts[n - 1] == "*"
	parts[n - 2] in {"release", "debug"}
}

tree(p) := "cargo's home (registry sources and caches)" if {
	p in {"/usr/local/cargo", "/root/.cargo", "/opt/cargo", "/usr/local/cargo/registry", "/root/.cargo/registry"}
}

# example: the binary's path under the copied directory.
example(p) := concat("", [trim_right(p, "/"), "/release/<bin>"]) if {
	endswith(trim_right(p, "/"), "target")
} else := concat("", [trim_suffix(trim_right(p, "/"), "/*"), "/<bin>"]) if {
	contains(p, "target")
} else := "/usr/local/cargo/bin/<bin>"
