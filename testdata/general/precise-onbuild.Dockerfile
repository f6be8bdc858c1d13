# An ONBUILD RUN runs in a child build. The shell rules judge its commands, at their
# place in the ONBUILD line, as hadolint's rules marked OB do.
FROM debian:12.11-slim
WORKDIR /src
ONBUILD COPY . /src
# want DF010 13-27 "apt-get update leaves /var/lib/apt/lists in the layer" DF001 31-54 "apt-get install without a version: curl" DF009 31-54 "without --no-install-recommends"
ONBUILD RUN apt-get update && apt-get install -y curl
# want DF018 13-30 "sudo in RUN"
ONBUILD RUN sudo make install
# want DF035 27-59 "wget without --progress"
ONBUILD RUN ["sh", "-c", "wget https://example.com/app.tgz"]
# cd in a trigger keeps the child's WORKDIR as it is: not reported.
ONBUILD RUN cd /src/app && make
USER 1000
