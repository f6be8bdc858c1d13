# syntax=docker/dockerfile:1
# A floating builder next to a bookworm runtime: the pin follows the runtime.
FROM rust:latest AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --release --locked && cp target/release/app /app

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /app /app
ENTRYPOINT ["/app"]
