# scratch has no libc at all: a default (gnu) build cannot start there.
FROM rust:1.94.1-slim-trixie AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --release --locked

# want RS005 6-13 "scratch"
FROM scratch
COPY --from=build /src/target/release/app /app
USER 65532:65532
ENTRYPOINT ["/app"]
