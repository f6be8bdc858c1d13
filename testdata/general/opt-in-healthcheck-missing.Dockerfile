# DF056 is off by default; this fixture turns it on.
# fixture enable=DF056
FROM rust:1.94-slim-trixie AS build
WORKDIR /app
COPY . .
RUN cargo build --release --locked

# A HEALTHCHECK of a stage the final stage does not build on does not count.
FROM debian:12.11-slim AS probe
HEALTHCHECK CMD ["/bin/true"]

# want DF056 6-43 "the final stage has no HEALTHCHECK"
FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /app/target/release/app /app
ENTRYPOINT ["/app"]
