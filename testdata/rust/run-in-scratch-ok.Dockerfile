FROM clux/muslrust:1.94.1-stable AS build
WORKDIR /volume
COPY . .
RUN --mount=type=cache,target=/opt/cargo/registry cargo build --release --locked && mkdir -p /out/data

FROM scratch
COPY --from=build /volume/target/x86_64-unknown-linux-musl/release/app /app
COPY --from=build --chown=65532:65532 /out/data /data
USER 65532:65532
ENTRYPOINT ["/app"]
