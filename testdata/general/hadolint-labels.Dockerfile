# hadolint's documented example for DL3048 (label keys), bad then good. The label schema
# rules (DF046) and trusted registries (DF045) need configuration, so they stay silent here.
FROM debian:12
# want DF047 7-27 "label key com.docker.foo uses a namespace reserved for Docker"
# want DF047 28-43 "label key Maintainer should hold only lower-case letters"
LABEL com.docker.foo="bar" Maintainer="me"
LABEL org.example.foo="bar" maintainer="me"
ARG SOURCE_URL
LABEL org.opencontainers.image.source=$SOURCE_URL
CMD ["app"]
