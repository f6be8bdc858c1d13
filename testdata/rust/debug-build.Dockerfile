FROM rust:1.94-slim-trixie AS build
WORKDIR /opt
COPY . .
# want RS015 57-77 "cargo build compiles with the dev profile \(no --"
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --locked

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /opt/target/debug/app /app
CMD ["/app"]
