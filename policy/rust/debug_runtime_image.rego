# METADATA
# title: Final stage runs a distroless :debug image
# description: |
#   The final stage is built on a distroless `:debug` or `:debug-nonroot` tag. Those tags
#   add a busybox shell and set `ENTRYPOINT ["/busybox/sh"]` (rust-images.md §2.2, §7.16):
#   a `CMD ["/app"]` without an ENTRYPOINT of its own then runs `/busybox/sh /app`, which
#   reads the ELF binary as a shell script and fails, and the shell is attack surface
#   that the production tags leave out. They are meant for `docker run --entrypoint sh`
#   sessions, not for the image you ship.
#   Fix: use the same image with the :nonroot (or :latest) tag.
# custom:
#   id: RS008
#   name: debug-runtime-image
#   severity: warning
#   aliases: []
#   fix: Use the :nonroot tag of the same distroless image.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:debug-nonroot
#       COPY --from=build /app/target/release/app /app
#       CMD ["/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       CMD ["/app"]
#   sources:
#     - https://github.com/GoogleContainerTools/distroless/blob/main/README.md
package ferrolint.rust.debug_runtime_image

import data.ferrolint.lib.images
import data.ferrolint.lib.runtime
import rego.v1

findings contains {
	"message": sprintf(
		"%s is a debugging image: it adds a busybox shell and sets ENTRYPOINT [\"/busybox/sh\"]%s; ship the :nonroot tag instead",
		[images.display(runtime.final_root), consequence],
	),
	"range": runtime.final.from.range,
} if {
	runtime.final_family == "distroless"
	startswith(runtime.final_root.tag, "debug")
	not runtime.export_stage
}

consequence := ", so this CMD runs as `/busybox/sh <binary>` and fails" if {
	some i in runtime.final_timeline
	i.keyword == "CMD"
	not has_entrypoint
} else := ""

has_entrypoint if {
	some i in runtime.final_timeline
	i.keyword == "ENTRYPOINT"
}
