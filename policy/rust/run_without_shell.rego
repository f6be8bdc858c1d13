# METADATA
# title: RUN in a final stage without a shell
# description: |
#   A shell-form `RUN` (or an exec-form one that starts sh or bash) in the final stage,
#   whose image has no /bin/sh: distroless (every tag but :debug), scratch, Chainguard
#   static and glibc-dynamic (rust-images.md §2.3, §3, §7.11). `docker build` fails there
#   with "/bin/sh: no such file or directory". Exec-form RUN of a binary the stage copied
#   in works and is not reported; neither are images that copy a shell or busybox in.
#   Fix: do the work in the builder stage and COPY the result, e.g. create directories
#   there and `COPY --from=build --chown=65532:65532 /data /data`.
# custom:
#   id: RS007
#   name: run-without-shell
#   severity: error
#   aliases: []
#   fix: Move the RUN into the builder stage and COPY its result into the final stage.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       RUN mkdir -p /data
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked \
#           && mkdir -p /data
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       COPY --from=build --chown=65532:65532 /data /data
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/GoogleContainerTools/distroless/blob/main/README.md
#     - https://docs.docker.com/reference/dockerfile/#run
package ferrolint.rust.run_without_shell

import data.ferrolint.lib.runtime
import rego.v1

findings contains {
	"message": sprintf(
		"RUN needs /bin/sh, but %s: `docker build` fails at this step; do the work in the builder stage and COPY the result",
		[why],
	),
	"range": instr.range,
} if {
	why := runtime.shellless_why
	some instr in runtime.final.instructions
	instr.keyword == "RUN"
	needs_shell(instr)
}

needs_shell(instr) if instr.form == "shell"

needs_shell(instr) if {
	instr.form == "exec"
	instr.commands[0].name in {"sh", "bash", "ash", "dash"}
}
