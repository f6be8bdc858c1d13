FROM rust:1.94-slim-trixie AS build
RUN apt-get update && apt-get install -y --no-install-recommends pkg-config libssl-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM rust:1.94-slim-trixie AS vendored
RUN apt-get update && apt-get install -y --no-install-recommends libssl-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked --features openssl/vendored

FROM gcr.io/distroless/static-debian13:nonroot AS vendored-runtime
COPY --from=vendored /app/target/release/app /app
ENTRYPOINT ["/app"]

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /app/target/release/app /app
ENTRYPOINT ["/app"]
