FROM rust:1.94-slim-trixie AS builder
WORKDIR /usr/src/app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM debian:trixie-slim
COPY --from=builder /usr/src/app/target/release/app /usr/local/bin/app
COPY --from=builder /usr/local/cargo/bin/sqlx /usr/local/bin/sqlx
USER 65532:65532
CMD ["app"]
