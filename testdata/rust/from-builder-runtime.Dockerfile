# "Multi-stage", but the runtime stage is the builder: the compiler ships.
FROM rust:1.94-slim-trixie AS builder
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs && cargo build --release
COPY src ./src
# want RS013 26-47 "cargo build produces the binary the image ships,"
RUN touch src/main.rs && cargo build --release

# want RS002 6-13 "builder"
FROM builder AS runtime
USER 65532:65532
CMD ["/app/target/release/my-api"]
