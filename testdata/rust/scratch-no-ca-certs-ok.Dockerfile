FROM rust:1.94-alpine3.23 AS builder
RUN apk add --no-cache musl-dev ca-certificates
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM scratch
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /app/target/release/app /app
USER 65532:65532
ENTRYPOINT ["/app"]
