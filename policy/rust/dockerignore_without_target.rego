# METADATA
# title: .dockerignore does not exclude target/
# description: |
#   Needs the build context (--context, default the Dockerfile's folder) with a
#   Cargo.toml. A stage copies the whole context (`COPY . .`, `ADD . /src`) and the
#   context has no .dockerignore, or one that does not exclude target/. Everything under
#   target/ (local debug and release builds, often gigabytes) is then sent to the
#   builder on every build, and any local `cargo build` changes the context, so the
#   COPY layer and every layer after it are rebuilt (rust-images.md §7.15; distroless's
#   Rust example ignores target/). A stale host binary can also end up where the image
#   expects a freshly built one.
#   Fix: add `target/` (and `.git/`) to .dockerignore.
# custom:
#   id: RS024
#   name: dockerignore-without-target
#   severity: warning
#   aliases: []
#   fix: Add target/ to .dockerignore.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
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
#     context:
#       Cargo.lock: |
#         version = 4
#
#         [[package]]
#         name = "app"
#         version = "0.1.0"
#       Cargo.toml: |
#         [package]
#         name = "app"
#         version = "0.1.0"
#         edition = "2021"
#       src/main.rs: |
#         fn main() {}
#   sources:
#     - https://github.com/GoogleContainerTools/distroless/blob/main/examples/rust/.dockerignore
#     - https://docs.docker.com/build/building/context/#dockerignore-files
package ferrolint.rust.dockerignore_without_target

import rego.v1

findings contains {
	"message": sprintf("%s copies the whole build context, and %s: the host's target/ (often gigabytes of local builds) is sent with every build and any local cargo build invalidates this layer; add target/ to .dockerignore", [text(instr), why]),
	"range": instr.range,
} if {
	input.context.cargo_toml
	why := ignore_problem
	instr := whole_context_copies[0]
}

ignore_problem := "the context has no .dockerignore" if {
	not input.context.dockerignore.present
	input.context.dockerignore
} else := ".dockerignore does not exclude target/" if {
	input.context.dockerignore.present
	not input.context.dockerignore.ignores_target
}

whole_context_copies := [instr |
	some s in input.stages
	some instr in s.instructions
	instr.keyword in {"COPY", "ADD"}
	instr.from == ""
	n := count(instr.args)
	some i, a in instr.args
	i < n - 1
	trim_right(trim_prefix(a.value, "./"), "/") in {"", ".", "*"}
]

text(instr) := concat(" ", array.concat([instr.keyword], [a.value | some a in instr.args]))
