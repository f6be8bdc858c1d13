# Values of ARG and ENV are resolved before rules judge them; unknown ones are not judged.
ARG IMAGE=debian:latest
ARG UNKNOWN
# want DF038 6-14 "FROM debian:latest floats"
FROM ${IMAGE} AS resolved
# FROM ${UNKNOWN} has no default: not judged by DF038 (DF032 reports the empty image).
# want DF032 6-16 "with the default ARG values FROM \$\{UNKNOWN\} is \"\", not a valid image: give UNKNOWN a default"
FROM ${UNKNOWN} AS unknown

FROM debian:12
ARG PKGS="curl git=1:2.39.5-0"
ENV TOOLS="make gcc"
# want DF001 5-53 "apt-get install without a version: curl; pin as name=version"
RUN apt-get install -y --no-install-recommends $PKGS
# want DF001 5-56 "apt-get install without a version: make, gcc; pin as name=version"
RUN apt-get install -y --no-install-recommends ${TOOLS}
RUN apt-get install -y --no-install-recommends $NOT_DECLARED
# A relative WORKDIR from a variable is judged by its value.
ENV APP=/srv/app
WORKDIR $APP
CMD ["app"]
# ferrolint global ignore=DF055 reason="independent examples, one RUN each"
