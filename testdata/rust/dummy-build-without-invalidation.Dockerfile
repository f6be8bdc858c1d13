# The dummy main.rs build caches dependencies, but nothing tells cargo the
# real sources are newer: it may ship the "fn main() {}" stub.
FROM rust:1.94-slim-trixie AS builder
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs && cargo build --release
COPY src ./src
# want RS003 5-26 "stub"
# want RS013 5-26 "cargo build produces the binary the image ships,"
RUN cargo build --release

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=builder /app/target/release/my-api /my-api
CMD ["/my-api"]
