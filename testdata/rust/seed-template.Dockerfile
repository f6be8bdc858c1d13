# The seed article's multi-stage template: pinned bookworm builder, dummy
# build with an invalidation step, cc-debian12 (glibc 2.36 = bookworm), named
# non-root user. None of the five rules applies.
FROM rust:1.77-slim-bookworm AS builder

WORKDIR /app

RUN apt-get update && apt-get install -y \
    pkg-config \
    libssl-dev \
    && rm -rf /var/lib/apt/lists/*

COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo "fn main() {}" > src/main.rs
RUN cargo build --release
RUN rm -f target/release/deps/my_api*

COPY src ./src
# want RS013 5-26 "cargo build produces the binary the image ships,"
RUN cargo build --release

# want RS020 6-35 "gcr\.io/distroless/cc-debian12 reached end of lif"
FROM gcr.io/distroless/cc-debian12

WORKDIR /app

COPY --from=builder /app/target/release/my-api .

# want RS018 1-21 "USER nonroot:nonroot is a name: Kubernetes with "
USER nonroot:nonroot

EXPOSE 3000

CMD ["/app/my-api"]
