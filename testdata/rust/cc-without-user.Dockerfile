# distroless :latest runs as uid 0; only :nonroot defaults to 65532.
FROM rust:1.77-slim-bookworm AS builder
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs && cargo build --release
COPY src ./src
# want RS013 26-47 "cargo build produces the binary the image ships,"
RUN touch src/main.rs && cargo build --release

# want RS004 6-35 "uid 0"
# want RS020 6-35 "gcr\.io/distroless/cc-debian12 reached end of lif"
FROM gcr.io/distroless/cc-debian12
COPY --from=builder /app/target/release/my-api /my-api
CMD ["/my-api"]
