# One stage with a registry cache: the runtime stage is the only structural fix.
FROM rust:1.94-slim-bookworm AS builder
WORKDIR /srv
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --release --locked --bin api

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=builder /srv/target/release/api /app
EXPOSE 8080
ENTRYPOINT ["/app"]
CMD ["--port", "8080"]
