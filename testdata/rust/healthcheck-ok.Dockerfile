FROM rust:1.94-slim-trixie AS build
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /app/target/release/api /api
HEALTHCHECK --interval=30s CMD ["/api", "healthcheck"]
ENTRYPOINT ["/api"]
