FROM clux/muslrust:1.94.1-stable AS build
WORKDIR /volume
COPY . .
RUN --mount=type=cache,target=/opt/cargo/registry cargo build --release --locked

FROM cgr.dev/chainguard/static@sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9
COPY --from=build /volume/target/x86_64-unknown-linux-musl/release/api /api
# want RS009 1-70 "HEALTHCHECK runs wget, but cgr\.dev/chainguard/st"
HEALTHCHECK CMD ["wget", "-q", "-O-", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["/api"]
