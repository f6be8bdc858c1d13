FROM rust:1.94-slim-trixie AS builder
WORKDIR /app
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --release --locked

# bookworm's glibc 2.36 is older than trixie's 2.41
FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=builder /app/target/release/app /app
ENTRYPOINT ["/app"]
