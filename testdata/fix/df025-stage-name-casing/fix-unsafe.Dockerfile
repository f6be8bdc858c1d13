# Stage names in mixed case, referenced by FROM, COPY --from and RUN --mount.
FROM golang:1.26-trixie AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM builder AS test
RUN go test ./...

FROM debian:13-slim AS assets
COPY --from=builder /src/static /static

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=builder /out/app /app
COPY --from=assets /static /static
RUN --mount=type=bind,from=test,target=/t --mount=type=cache,target=/c ["/app", "--self-test"]
ENTRYPOINT ["/app"]
