# Without a default the tag is whatever the build passes, or nothing.
ARG RUST_VERSION
# want RS001 6-40 "RUST_VERSION"
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
