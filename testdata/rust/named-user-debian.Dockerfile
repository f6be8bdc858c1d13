FROM rust:1.94-slim-trixie AS build
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM debian:trixie-slim
RUN useradd --system --uid 10001 app
COPY --from=build /app/target/release/app /usr/local/bin/app
# want RS018 1-9 "USER app is a name: Kubernetes with runAsNonRoot"
USER app
CMD ["app"]
