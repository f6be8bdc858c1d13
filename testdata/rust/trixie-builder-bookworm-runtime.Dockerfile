# rust:1.94-slim names no suite, so it is trixie (glibc 2.41) today; the
# binary needs GLIBC_2.38+ and cc-debian12 only has 2.36.
FROM rust:1.94-slim AS builder
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs
RUN cargo build --release
RUN rm -f target/release/deps/my_api*
COPY src ./src
# want RS013 5-26 "cargo build produces the binary the image ships,"
RUN cargo build --release

# want RS005 6-35 "GLIBC"
# want RS020 6-35 "gcr\.io/distroless/cc-debian12 reached end of lif"
FROM gcr.io/distroless/cc-debian12
WORKDIR /app
COPY --from=builder /app/target/release/my-api .
# want RS018 1-21 "USER nonroot:nonroot is a name: Kubernetes with "
USER nonroot:nonroot
CMD ["/app/my-api"]
