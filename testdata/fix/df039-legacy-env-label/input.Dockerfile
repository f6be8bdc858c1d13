# Legacy ENV and LABEL: the rest of the line is the value, quotes removed and
# variables expanded; the fix writes the same value as KEY="...".
FROM python:3.12-slim
ARG VERSION=1.4.2
ENV PYTHONUNBUFFERED 1
ENV APP_HOME /opt/app
ENV PATH $APP_HOME/bin:${PATH}
ENV GREETING "hello, world"   and 'no $expansion here'
LABEL org.opencontainers.image.title My "big" app
LABEL description It's a small app
LABEL version=$VERSION
WORKDIR $APP_HOME
