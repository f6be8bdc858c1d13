FROM rust:1.94-alpine3.23 AS build
RUN apk add --no-cache musl-dev
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --release --locked --target x86_64-unknown-linux-musl

FROM gcr.io/distroless/static-debian13:nonroot
# want RS011 1-47 "COPY copies /app/target/release/app, but stage ."
COPY --from=build /app/target/release/app /app
ENTRYPOINT ["/app"]
