FROM rust:1.94-slim-trixie AS build
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM gcr.io/distroless/cc-debian13:nonroot
# want RS021 5-29 "ROCKET_ADDRESS=127\.0\.0\.1 makes the service liste"
ENV ROCKET_ADDRESS=127.0.0.1 ROCKET_PORT=8000
# want RS021 5-29 "BIND_ADDR=localhost:3000 makes the service liste"
ENV BIND_ADDR=localhost:3000
COPY --from=build /app/target/release/app /app
ENTRYPOINT ["/app"]
