FROM rust:1.94-alpine3.23 AS build
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM cgr.dev/chainguard/static:latest@sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9 AS pinned
COPY --from=build /app/target/release/app /app
ENTRYPOINT ["/app"]

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /app/target/release/app /app
ENTRYPOINT ["/app"]
