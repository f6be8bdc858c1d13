FROM clux/muslrust:1.94.1-stable AS build
WORKDIR /volume
COPY . .
RUN --mount=type=cache,target=/opt/cargo/registry cargo build --release --locked

FROM scratch
# want RS017 1-92 "--chown=app:app names .app., but scratch has no "
COPY --from=build --chown=app:app /volume/target/x86_64-unknown-linux-musl/release/app /app
# want RS017 1-9 "USER app names .app., but scratch has no /etc/pa"
USER app
ENTRYPOINT ["/app"]
