FROM clux/muslrust:1.94.1-stable AS build
WORKDIR /volume
COPY . .
RUN --mount=type=cache,target=/opt/cargo/registry cargo build --release --locked

FROM scratch
COPY --from=build /volume/target/x86_64-unknown-linux-musl/release/app /app
# want RS007 1-46 "RUN needs /bin/sh, but scratch has no /bin/sh: `"
RUN mkdir -p /data && chown 65532:65532 /data
RUN ["/app", "migrate"]
USER 65532:65532
ENTRYPOINT ["/app"]
