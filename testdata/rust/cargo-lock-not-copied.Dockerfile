FROM rust:1.94-slim-trixie AS build
WORKDIR /usr/src/app
# want RS014 1-19 "COPY Cargo\.toml \./ \(line 4\) copies Cargo\.toml but Cargo\.lock is never copied before cargo builds \(line 8\)"
COPY Cargo.toml ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && cargo build --release
COPY src ./src
# want RS013 26-47 "cargo build produces the binary the image ships,"
RUN touch src/main.rs && cargo build --release

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /usr/src/app/target/release/app /app
ENTRYPOINT ["/app"]
