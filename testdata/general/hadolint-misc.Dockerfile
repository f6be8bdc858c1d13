# hadolint's documented examples for DL3046, DL3047, DL4001, DL4006, DL3064,
# DL3029 and BuildKit's SecretsUsedInArgOrEnv, bad then good.
FROM debian:12

# DL3046
# want DF034 5-29 "useradd -u 123456 without -l"
RUN useradd -u 123456 foobar
RUN useradd -l -u 123456 foobar

# DL3047, DL4001
# want DF035 5-27 "wget without --progress"
RUN wget http://google.com
# want DF036 5-31 "curl is used here and wget on line 12"
RUN curl -fsSO http://bing.com
RUN wget --progress=dot:giga http://google.com

# DL4006
# want DF037 5-43 "wget \| wc: the RUN succeeds even if wget fails"
RUN wget -q -O - https://some.site | wc -l > /number
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN wget -q -O - https://some.site | wc -l > /number

# DL3064
# want DF031 5-17 "ARG GITHUB_TOKEN looks like a secret"
ARG GITHUB_TOKEN
# want DF031 5-24 "ENV DB_PASSWORD looks like a secret"
ENV DB_PASSWORD=hunter2
ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D
CMD ["app"]
# ferrolint global ignore=DF055 reason="independent examples, one RUN each"
