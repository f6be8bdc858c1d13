# METADATA
# title: Service bound to loopback in the final image
# description: |
#   The final stage sets an address variable that servers read for their listen address
#   (`ROCKET_ADDRESS`, `HOST`, `BIND_ADDR`, `LISTEN_ADDR`, any name containing BIND or
#   LISTEN, ...) to `127.0.0.1`, `localhost` or `::1`. Inside a container loopback is the
#   container's own: published ports forward to its external interface, so nothing
#   outside can connect (Docker's Rust guide sets ROCKET_ADDRESS=0.0.0.0; Rocket
#   defaults to 127.0.0.1; rust-images.md §7.14). Variables that name a peer
#   (DATABASE_HOST, REDIS_URL, ...) are not judged.
#   Fix: bind to 0.0.0.0 (or [::]).
# custom:
#   id: RS021
#   name: loopback-bind
#   severity: warning
#   aliases: []
#   fix: Bind to 0.0.0.0, e.g. ENV ROCKET_ADDRESS=0.0.0.0.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENV ROCKET_ADDRESS=127.0.0.1 ROCKET_PORT=8000
#       EXPOSE 8000
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENV ROCKET_ADDRESS=0.0.0.0 ROCKET_PORT=8000
#       EXPOSE 8000
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://docs.docker.com/guides/rust/build-images/
#     - https://docs.docker.com/reference/dockerfile/#expose
package ferrolint.rust.loopback_bind

import data.ferrolint.lib.runtime
import rego.v1

findings contains {
	"message": sprintf("%s=%s makes the service listen on the container's own loopback: published ports cannot reach it from outside; bind to 0.0.0.0", [pair.key, pair.value]),
	"range": pair.range,
} if {
	some instr in runtime.final_timeline
	instr.keyword == "ENV"
	some pair in instr.pairs
	listen_variable(upper(pair.key))
	loopback(lower(pair.value))
}

listen_names := {
	"HOST", "ADDRESS", "ADDR", "BIND", "ROCKET_ADDRESS", "SERVER_HOST", "SERVER_ADDR",
	"SERVER_ADDRESS", "APP_HOST", "APP_ADDRESS", "HTTP_HOST", "HTTP_ADDR", "WEB_HOST",
	"API_HOST", "ACTIX_HOST", "AXUM_HOST", "HOST_IP",
}

listen_variable(k) if listen_names[k]

listen_variable(k) if contains(k, "BIND")

listen_variable(k) if contains(k, "LISTEN")

loopback(v) if {
	some prefix in {"127.", "localhost", "[::1]", "::1"}
	startswith(v, prefix)
	not startswith(v, "localhost.")
}
