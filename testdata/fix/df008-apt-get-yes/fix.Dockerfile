# apt-get without -y: -y goes after the subcommand where the text is exact.
FROM debian:13-slim
ARG PKGS="curl git"
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        ca-certificates $PKGS \
    && rm -rf /var/lib/apt/lists/*
RUN <<EOF
apt-get -q -o Acquire::Retries=3 upgrade -y
EOF
# the subcommand is on the next line: no fix
RUN apt-get \
    purge vim
RUN apt-get install -y jq && apt-get autoremove -y
