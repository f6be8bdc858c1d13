FROM rust:1.94-slim-trixie AS builder
RUN apt-get update && apt-get install -y --no-install-recommends pkg-config libssl-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN cargo build --release --locked --bin server

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=builder /app/target/release/server /server
ENTRYPOINT ["/server"]
