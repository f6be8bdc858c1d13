# DF056 is off by default; this fixture turns it on. HEALTHCHECK NONE says on purpose
# that the image has none (Kubernetes probes it instead).
# fixture enable=DF056
FROM gcr.io/distroless/static-debian13:nonroot
COPY app /app
HEALTHCHECK NONE
ENTRYPOINT ["/app"]
