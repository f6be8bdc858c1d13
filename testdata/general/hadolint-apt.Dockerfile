# hadolint's documented examples for the apt-get rules (DL3008, DL3009, DL3014,
# DL3015, DL3027), bad then good.
FROM debian:12

# DL3008
# want DF001 5-30 "apt-get install without a version: python; pin as name=version"
# want DF009 5-30 "without --no-install-recommends"
RUN apt-get install -y python
RUN apt-get install -y --no-install-recommends python=2.7

# DL3009
# want DF010 5-19 "apt-get update leaves /var/lib/apt/lists in the layer"
# want DF001 23-48 "python"
# want DF009 23-48 "recommended"
RUN apt-get update && apt-get install -y python
RUN apt-get update && apt-get install -y --no-install-recommends python=2.7 \
    && apt-get clean && rm -rf /var/lib/apt/lists/*

# DL3014
# want DF008 5-31 "apt-get install without -y"
# want DF009 5-31 "recommended"
RUN apt-get install python=2.7
RUN apt-get install -y --no-install-recommends python=2.7

# DL3015
# want DF009 5-34 "apt-get install without --no-install-recommends"
RUN apt-get install -y python=2.7
RUN apt-get install -y --no-install-recommends python=2.7

# DL3027
# want DF014 5-24 "apt install: use apt-get"
RUN apt install -y curl
RUN apt-get install -y --no-install-recommends curl=8.5.0-1
# ferrolint global ignore=DF055 reason="independent examples, one RUN each"
