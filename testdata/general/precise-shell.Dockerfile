# syntax=docker/dockerfile:1
# Heredoc bodies, sh -c wrappers and continuation lines are judged with the lines and
# columns where the commands are written.
FROM debian:12
RUN <<EOF
set -e
apt-get update
# want DF001 1-48 "apt-get install without a version: curl"
apt-get install -y --no-install-recommends curl
rm -rf /var/lib/apt/lists/*
EOF

# want DF001 12-59 "apt-get install without a version: wget"
RUN sh -c "apt-get install -y --no-install-recommends wget"

# want DF001 5-20:13 "apt-get install without a version: git, make"
RUN apt-get install -y \
        --no-install-recommends \
        git \
        make

RUN apt-get update \
    # want DF001 8-53 "apt-get install without a version: jq"
    && apt-get install -y --no-install-recommends jq \
    && rm -rf /var/lib/apt/lists/*

# set -o pipefail in the RUN is honoured (hadolint ignores it).
RUN set -o pipefail && curl -fsSL https://example.com/x.tgz | tar -xz
# want DF037 5-51 "curl \| tar: the RUN succeeds even if curl fails"
RUN curl -fsSL https://example.com/x.tgz | tar -xz
RUN <<EOF
# want DF037 1-35:12 "wget \| tar"
# want DF036 1-36 "wget is used here and curl on line 28"
wget -qO- https://example.com/y.tgz \
  | tar -xz
EOF
SHELL ["/bin/bash", "-euo", "pipefail", "-c"]
RUN curl -fsSL https://example.com/z.tgz | tar -xz
CMD ["app"]
