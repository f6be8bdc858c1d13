# One stage with a registry cache: the runtime stage is the only structural fix.
FROM rust:1.94-slim-bookworm
WORKDIR /srv
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --release --locked --bin api
EXPOSE 8080
CMD ["./target/release/api", "--port", "8080"]
