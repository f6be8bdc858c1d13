# METADATA
# title: apt used in a script
# description: |
#   `apt` is meant for people at a terminal: its output and options may change between
#   releases and it warns that it has no stable CLI. In a Dockerfile use `apt-get` (and
#   `apt-cache` for queries).
# custom:
#   id: DF014
#   name: apt-instead-of-apt-get
#   severity: warning
#   aliases: [DL3027]
#   fix: Replace apt with apt-get.
#   examples:
#     bad: |
#       FROM ubuntu:24.04
#       RUN apt update \
#           && apt install -y --no-install-recommends ca-certificates curl \
#           && rm -rf /var/lib/apt/lists/*
#       USER 65532:65532
#       ENTRYPOINT ["curl"]
#     good: |
#       FROM ubuntu:24.04
#       RUN apt-get update \
#           && apt-get install -y --no-install-recommends ca-certificates=20240203 curl=8.5.0-2ubuntu10.6 \
#           && rm -rf /var/lib/apt/lists/*
#       USER 65532:65532
#       ENTRYPOINT ["curl"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3027
package ferrolint.general.apt_instead_of_apt_get

import data.ferrolint.general.lib
import rego.v1

findings contains {"message": sprintf("apt %s: use apt-get, whose command line is stable for scripts", [e.args[1]]), "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "apt"
	count(e.args) > 1
}
