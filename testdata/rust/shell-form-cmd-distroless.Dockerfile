FROM rust:1.94-slim-trixie AS build
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /app/target/release/server /server
# want RS006 1-31 "ENTRYPOINT in shell form runs /bin/sh -c ./serve"
ENTRYPOINT /server --port 8080
