# DF056 is off by default; this fixture turns it on. The final stage inherits the
# HEALTHCHECK of the stage it builds on, so nothing is reported.
# fixture enable=DF056
FROM gcr.io/distroless/cc-debian13:nonroot AS runtime
HEALTHCHECK --interval=30s CMD ["/app", "healthcheck"]

FROM runtime
COPY app /app
ENTRYPOINT ["/app"]
