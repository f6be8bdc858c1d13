FROM rust:1.94-slim-trixie AS planner
WORKDIR /app
RUN cargo install cargo-chef --locked
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM rust:1.94-slim-trixie AS builder
RUN apt-get update && apt-get install -y --no-install-recommends pkg-config libssl-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN cargo install cargo-chef --locked
COPY --from=planner /app/recipe.json recipe.json
RUN cargo chef cook --release --locked --bin server --recipe-path recipe.json
COPY . .
RUN cargo build --release --locked --bin server

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=builder /app/target/release/server /server
ENTRYPOINT ["/server"]
