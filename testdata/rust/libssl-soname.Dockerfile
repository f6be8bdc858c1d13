FROM rust:1.94-slim-bullseye AS build
RUN apt-get update && apt-get install -y --no-install-recommends pkg-config libssl-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

# want RS019 6-43 "stage .build. links OpenSSL dynamically \(libssl-"
FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /app/target/release/app /app
ENTRYPOINT ["/app"]
