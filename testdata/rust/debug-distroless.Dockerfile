FROM rust:1.94-slim-trixie AS build
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

# want RS008 6-49 "gcr\.io/distroless/cc-debian13:debug-nonroot is a"
FROM gcr.io/distroless/cc-debian13:debug-nonroot
COPY --from=build /app/target/release/app /app
CMD ["/app"]
