# The seed article's "Pattern B": rust:slim floats the toolchain and the suite.
# want RS001 6-15 "rust:slim" RS002 6-15 "toolchain" RS004 6-15 "root"
FROM rust:slim
WORKDIR /app
# want RS003 1-9 "before"
COPY . .
# want RS013 5-26 "cargo build produces the binary the image ships,"
RUN cargo build --release
CMD ["./target/release/my-api"]
