# syntax=docker/dockerfile:1
FROM rust:1.94-slim-trixie AS builder
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked && cp target/release/server /bin/server

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=builder /bin/server /server
ENTRYPOINT ["/server"]
