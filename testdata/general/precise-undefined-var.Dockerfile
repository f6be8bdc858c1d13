# UndefinedVar: judged only where the base image's ENV is known.
ARG VERSION=1.4.2
FROM debian:12.11
# A global ARG is not visible in a stage until it is declared again.
# want DF052 1-31 "\$VERSION is a global ARG: declare it again with ARG VERSION inside the stage"
COPY app-$VERSION.tar.gz /opt/
ARG VERSION
COPY app-$VERSION.tar.gz /opt/
ENV APP_HOME=/srv/app
# want DF052 1-18 "\$APP_HOEM is not defined: no ARG or ENV sets it and debian:12.11 does not"
WORKDIR $APP_HOEM
WORKDIR ${APP_HOME}
COPY config.toml ${CONFIG_DIR:-/etc/app}/

# The node image sets its own ENV (NODE_VERSION, YARN_VERSION), which ferrolint does not know.
FROM node:22.11-slim
RUN echo "$NODE_VERSION"
COPY . /app-$NODE_VERSION/
CMD ["node", "/app/server.js"]
