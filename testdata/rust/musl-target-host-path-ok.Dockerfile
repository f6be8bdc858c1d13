FROM rust:1.94-alpine3.23 AS build
RUN apk add --no-cache musl-dev
WORKDIR /app
ENV CARGO_BUILD_TARGET=x86_64-unknown-linux-musl
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /app/target/x86_64-unknown-linux-musl/release/app /app
ENTRYPOINT ["/app"]
