# syntax=docker/dockerfile:1
FROM rust:1.94-slim-trixie AS builder
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=target \
    cargo build --release --locked

FROM gcr.io/distroless/cc-debian13:nonroot
# want RS010 1-55 "COPY copies /src/target/release/server from stag"
COPY --from=builder /src/target/release/server /server
ENTRYPOINT ["/server"]
