# A script run by sh -c is a shell of its own: its pipes are judged, at their exact
# columns, with the pipefail of that shell (set -o pipefail in the script, or
# bash -o pipefail -c), not the SHELL's or a set -o pipefail outside it.
FROM alpine:3.20
# want DF037 12-66 "curl \| tar in a shell -c script: the RUN succeeds even if curl fails; start the script with set -o pipefail"
RUN sh -c 'curl -fsSL https://example.com/x.tgz | tar -xz -C /opt'
WORKDIR /opt
RUN sh -c 'set -o pipefail; curl -fsSL https://example.com/x.tgz | tar -xz -C /opt'
WORKDIR /srv
RUN bash -eo pipefail -c "curl -fsSL https://example.com/x.tgz | tar -xz -C /srv"
WORKDIR /
# want DF037 24-78 "curl \| tar in a shell -c script"
RUN ["/bin/sh", "-c", "curl -fsSL https://example.com/x.tgz | tar -xz -C /opt"]

FROM debian:12.11-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/x.tgz | tar -xz -C /opt
WORKDIR /opt
# want DF037 31-85 "curl \| tar in a shell -c script"
RUN set -o pipefail && sh -c 'curl -fsSL https://example.com/x.tgz | tar -xz -C /opt'
WORKDIR /srv
# A pipe out of the script is the RUN's own, and SHELL's pipefail covers it.
RUN sh -c 'curl -fsSL https://example.com/x.tgz' | tar -xz -C /srv
