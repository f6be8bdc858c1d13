FROM rust:1.94-slim-trixie AS build
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

# want RS020 6-34 "gcr\.io/distroless/cc:nonroot names no Debian rel"
FROM gcr.io/distroless/cc:nonroot
COPY --from=build /app/target/release/app /app
ENTRYPOINT ["/app"]
