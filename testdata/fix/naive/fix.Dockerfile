FROM rust:1.94-trixie
WORKDIR /app
COPY . .
RUN cargo build --release
USER 65532:65532
CMD ["./target/release/my-api"]
