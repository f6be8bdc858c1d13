# Caches left in a builder stage cost nothing: only the final stage and the stages it
# builds on (FROM <stage>) are judged by the cleanup rules.
FROM debian:12 AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc=4:12.2.0-3
RUN pip install --no-cache-dir -r requirements.txt && pip install -r dev.txt

FROM debian:12 AS base
# want DF010 5-19 "apt-get update leaves /var/lib/apt/lists in the layer"
RUN apt-get update

FROM base
# The cleanup must be in the same RUN: a later RUN cannot shrink an earlier layer.
# want DF010 5-19 "apt-get update leaves"
RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-1
RUN rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/bin/gcc /usr/bin/gcc
CMD ["app"]
