FROM rust:1.94-slim-trixie AS build
WORKDIR /app
ENV HOST=127.0.0.1
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM gcr.io/distroless/cc-debian13:nonroot
ENV ROCKET_ADDRESS=0.0.0.0 DATABASE_HOST=localhost REDIS_URL=redis://127.0.0.1:6379
COPY --from=build /app/target/release/app /app
ENTRYPOINT ["/app"]
