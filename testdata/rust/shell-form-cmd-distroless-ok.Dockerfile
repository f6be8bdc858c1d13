FROM rust:1.94-slim-trixie AS build
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM gcr.io/distroless/cc-debian13:debug-nonroot AS debug
COPY --from=build /app/target/release/server /server
CMD /server --port 8080

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /app/target/release/server /server
ENTRYPOINT ["/server", "--port", "8080"]
