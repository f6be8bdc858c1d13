# Shell-form CMD and ENTRYPOINT: only plain commands become JSON arrays.
FROM python:3.13-slim AS web
WORKDIR /app
COPY . .
USER 65532:65532
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]

FROM web AS worker
# a variable needs a shell: no fix
CMD celery -A app worker --concurrency $WORKERS

FROM worker
# the inherited CMD is reset by ENTRYPOINT, and no later stage has one
ENTRYPOINT   ["/usr/local/bin/python", "-m", "app.migrate"]  
