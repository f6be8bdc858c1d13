# syntax=docker/dockerfile:1
# A cache (or tmpfs) mount over the package manager's cache keeps it out of the layer:
# it counts as cleanup.
FROM python:3.12-slim
RUN --mount=type=cache,target=/var/lib/apt \
    --mount=type=cache,target=/var/cache/apt \
    apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-1
RUN --mount=type=cache,target=/root/.cache \
    pip install -r requirements.txt
RUN --mount=type=tmpfs,target=/var/cache/apk apk add curl=8.5.0-r0
# A mount over an unrelated directory does not count.
RUN --mount=type=cache,target=/root/.npm \
    # want DF012 5-36 "pip install without --no-cache-dir"
    pip install -r requirements.txt
CMD ["python", "-m", "app"]
