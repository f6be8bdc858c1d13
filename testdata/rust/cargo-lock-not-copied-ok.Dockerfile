FROM rust:1.94-slim-trixie AS build
WORKDIR /usr/src/app
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && cargo build --release --locked
COPY src ./src
RUN touch src/main.rs && cargo build --release --locked

FROM rust:1.94-slim-trixie AS workspace
WORKDIR /w
COPY server/Cargo.toml server/
COPY server/ server/
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked --manifest-path server/Cargo.toml

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /usr/src/app/target/release/app /app
ENTRYPOINT ["/app"]
