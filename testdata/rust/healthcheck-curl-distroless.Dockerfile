FROM rust:1.94-slim-trixie AS build
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /app/target/release/api /api
# want RS009 1-78 "HEALTHCHECK CMD in shell form runs /bin/sh -c, b"
HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/health || exit 1
ENTRYPOINT ["/api"]
