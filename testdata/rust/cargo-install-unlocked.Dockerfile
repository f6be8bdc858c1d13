FROM rust:1.94-slim-trixie AS chef
# want RS012 5-29 "cargo install cargo-chef ignores the crate's Car"
RUN cargo install cargo-chef
WORKDIR /app

FROM chef AS planner
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM chef AS build
COPY --from=planner /app/recipe.json recipe.json
RUN cargo chef cook --release --locked --recipe-path recipe.json
COPY . .
# want RS012 5-39 "cargo install --path ignores Cargo\.lock without "
RUN cargo install --path . --root /out

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /out/bin/app /app
ENTRYPOINT ["/app"]
