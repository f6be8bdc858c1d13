FROM clux/muslrust:1.94.1-stable AS build
WORKDIR /volume
COPY . .
RUN --mount=type=cache,target=/opt/cargo/registry cargo build --release --locked
RUN echo 'app:x:10001:10001::/:/sbin/nologin' > /passwd

FROM scratch
COPY --from=build /passwd /etc/passwd
COPY --from=build --chown=10001:10001 /volume/target/x86_64-unknown-linux-musl/release/app /app
USER 10001:10001
ENTRYPOINT ["/app"]
