FROM rust:1.94-slim-trixie AS build
WORKDIR /opt
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --locked --profile dist

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /opt/target/dist/app /app
CMD ["/app"]
