# syntax=docker/dockerfile:1
# ferrolint's own image: docker build -t ferrolint . && docker run --rm -v "$PWD:/work" ferrolint  (lints /work)
# internal/e2e lints this file with ferrolint and expects no finding.

# The builder is pinned to go.mod's Go release and to a Debian suite.
FROM golang:1.26.8-trixie AS build
WORKDIR /src

# Modules first, in their own layer: source edits do not download them again.
COPY go.mod go.sum ./
RUN go mod download

COPY . .
# A static binary (no cgo) runs on distroless/static; -trimpath keeps build
# paths out of it. The build cache mount speeds up rebuilds.
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/ferrolint ./cmd/ferrolint

# distroless/static: no shell, no libc, CA certificates and tzdata; the
# :nonroot tag runs as uid 65532.
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/ferrolint /usr/local/bin/ferrolint
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/ferrolint"]
CMD ["."]
