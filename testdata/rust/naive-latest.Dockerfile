# The seed article's "Pattern A": one stage, rust:latest, no cache, root.
# want RS001 6-17 "rust:latest" RS002 6-17 "toolchain" RS004 6-17 "root"
FROM rust:latest
WORKDIR /app
# want RS003 1-9 "before"
COPY . .
# want RS013 5-26 "cargo build produces the binary the image ships,"
RUN cargo build --release
CMD ["./target/release/my-api"]
