FROM rust:1.94-alpine3.23 AS build
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

# want RS020 6-38 "cgr\.dev/chainguard/static:latest has no digest: "
FROM cgr.dev/chainguard/static:latest
COPY --from=build /app/target/release/app /app
ENTRYPOINT ["/app"]
