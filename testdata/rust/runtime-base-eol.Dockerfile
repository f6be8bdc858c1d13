FROM rust:1.94-slim-bookworm AS build
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

# want RS020 6-43 "gcr\.io/distroless/cc-debian12:nonroot reached en"
FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /app/target/release/app /app
ENTRYPOINT ["/app"]
