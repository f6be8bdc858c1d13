FROM rust:1.94-slim-trixie AS builder
WORKDIR /usr/src/app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM debian:trixie-slim
WORKDIR /usr/local/bin
# want RS016 1-51 "COPY copies /usr/src/app/target/release/, cargo'"
COPY --from=builder /usr/src/app/target/release/ .
# want RS016 1-54 "COPY copies /usr/local/cargo, cargo's home \(regi"
COPY --from=builder /usr/local/cargo /usr/local/cargo
USER 65532:65532
CMD ["app"]
