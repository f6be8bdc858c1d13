# escape=`
# A Windows-edited file: BOM, CRLF, backtick escape.
FROM rust:1.94-slim-bookworm AS builder
WORKDIR /app
RUN --mount=type=cache,target=/usr/local/cargo/registry `
    cargo build --release --locked

#  the runtime keeps its comment
FROM gcr.io/distroless/cc-debian12
COPY --from=builder /app/target/release/app /app
USER 65532:65532
ENTRYPOINT ["/app"]
