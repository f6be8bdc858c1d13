# A glibc (gnu) binary has no libc in distroless static: it cannot start.
FROM rust:1.94-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo fetch
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --release --locked

# want RS005 6-47 "static"
# want RS020 6-47 "gcr\.io/distroless/static-debian12:nonroot reache"
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /src/target/release/app /app
ENTRYPOINT ["/app"]
