FROM rust:1.94-slim-trixie AS build
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked

FROM gcr.io/distroless/cc-debian13
COPY --from=build /app/target/release/app /app
# want RS017 1-13 "USER appuser names .appuser., but the /etc/passw"
USER appuser
ENTRYPOINT ["/app"]
