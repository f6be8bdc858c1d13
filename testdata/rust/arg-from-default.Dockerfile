# FROM rust:${RUST_VERSION} is judged by the ARG default: 1.77 is pinned.
ARG RUST_VERSION=1.77
FROM rust:${RUST_VERSION}-slim-bookworm AS builder
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs && cargo build --release
COPY src ./src
# want RS013 26-47 "cargo build produces the binary the image ships,"
RUN touch src/main.rs && cargo build --release

# want RS020 6-43 "gcr\.io/distroless/cc-debian12:nonroot reached en"
FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=builder /app/target/release/my-api /my-api
CMD ["/my-api"]
