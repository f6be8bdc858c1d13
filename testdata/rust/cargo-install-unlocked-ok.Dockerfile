FROM rust:1.94-slim-trixie AS chef
RUN cargo install cargo-chef --locked --version 0.1.73
WORKDIR /app

FROM chef AS planner
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM chef AS build
COPY --from=planner /app/recipe.json recipe.json
RUN cargo chef cook --release --locked --recipe-path recipe.json
COPY . .
RUN cargo install --locked --path . --root /out

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /out/bin/app /app
ENTRYPOINT ["/app"]
