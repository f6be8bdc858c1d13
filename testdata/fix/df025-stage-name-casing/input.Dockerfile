# Stage names in mixed case, referenced by FROM, COPY --from and RUN --mount.
FROM golang:1.26-trixie AS Builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM Builder AS Test
RUN go test ./...

FROM debian:13-slim AS Assets
COPY --from=BUILDER /src/static /static

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=Builder /out/app /app
COPY --from=assets /static /static
RUN --mount=type=bind,from=Test,target=/t --mount=type=cache,target=/c ["/app", "--self-test"]
ENTRYPOINT ["/app"]
