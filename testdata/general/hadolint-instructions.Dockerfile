# hadolint's documented examples for the instruction rules (DL3000, DL3003, DL3004,
# DL3011, DL3020, DL3021, DL3025, DL4000, DL4003, DL4004, DL3012, DL3044, DL4005),
# bad then good.
FROM debian:12.11 AS base

# DL3000
# want DF016 9-20 "relative WORKDIR usr/src/app"
WORKDIR usr/src/app
WORKDIR /usr/src/app

# DL3003
# want DF017 5-20 "RUN starts with cd /usr/src/app: use WORKDIR /usr/src/app"
RUN cd /usr/src/app && git clone git@github.com:lukasmartinelli/hadolint.git
RUN git clone git@github.com:lukasmartinelli/hadolint.git

# DL3004
# want DF018 5-22 "sudo in RUN"
RUN sudo make install
RUN make install

# DL3011
# want DF021 8-13 "port 80000 is outside 1-65535"
EXPOSE 80000
EXPOSE 8080

# DL3020
# want DF015 1-35 "ADD of local files \(requirements.txt\): use COPY"
ADD requirements.txt /usr/src/app/
COPY requirements.txt /usr/src/app/

# DL3021
# want DF042 29-35 "COPY of 2 sources to my_app: the destination must end with /"
COPY package.json yarn.lock my_app
COPY package.json yarn.lock my_app/

# DL3044
# want DF041 17-37 "BLUBB refers to BLA, which this ENV sets"
ENV BLA="blubb" BLUBB="${BLA}/blubb"
ENV BLA="blubb"
ENV BLUBB="${BLA}/blubb"

# DL4005
# want DF043 5-30 "ln over /bin/sh"
RUN ln -sfv /bin/bash /bin/sh
SHELL ["/bin/bash", "-c"]

# DL4000
# want DF022 1-52 "MAINTAINER is deprecated"
MAINTAINER Lukas Martinelli <me@lukasmartinelli.ch>
LABEL org.opencontainers.image.authors="Lukas Martinelli <me@lukasmartinelli.ch>"

FROM base
# DL4003, DL4004, DL3012, DL3025
# want DF020 1-29 "CMD is overridden by the CMD on line 60"
CMD ["my-service", "server"]
# want DF020 1-29 "ENTRYPOINT is overridden by the ENTRYPOINT on line 61"
ENTRYPOINT ["/bin/sh", "-c"]
# want DF020 1-27 "HEALTHCHECK is overridden by the HEALTHCHECK on line 62"
HEALTHCHECK CMD ["/check"]
CMD ["my-service", "server", "--port=80"]
ENTRYPOINT ["/entrypoint.sh"]
HEALTHCHECK CMD ["/check", "--deep"]
# ferrolint global ignore=DF055 reason="independent examples, one RUN each"
