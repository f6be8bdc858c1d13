# METADATA
# title: apt-get install without package versions
# description: |
#   `apt-get install foo` installs whatever version the mirror has on the day of the build,
#   so two builds of the same Dockerfile differ. Pin each package as `foo=1.2-3`.
#   Not judged: packages given by a variable ferrolint cannot resolve (`$PKGS` with no
#   ARG/ENV default), `.deb` files and paths, and `foo/suite` release selections.
#   Values of known ARG/ENV defaults are judged, so `ARG PKGS="curl git"` then
#   `apt-get install $PKGS` reports curl and git.
# custom:
#   id: DF001
#   name: apt-get-unpinned
#   severity: warning
#   aliases: [DL3008]
#   fix: Pin each package as name=version (apt-cache policy name shows the candidates).
#   examples:
#     bad: |
#       FROM debian:13-slim
#       RUN apt-get update \
#           && apt-get install -y --no-install-recommends ca-certificates curl \
#           && rm -rf /var/lib/apt/lists/*
#       USER 65532:65532
#       ENTRYPOINT ["curl"]
#     good: |
#       FROM debian:13-slim
#       RUN apt-get update \
#           && apt-get install -y --no-install-recommends ca-certificates=20250419 curl=8.14.1-2 \
#           && rm -rf /var/lib/apt/lists/*
#       USER 65532:65532
#       ENTRYPOINT ["curl"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3008
#     - https://docs.docker.com/build/building/best-practices/#apt-get
package ferrolint.general.apt_get_unpinned

import data.ferrolint.general.lib
import rego.v1

value_opts := {"-t", "--target-release", "--default-release", "-o", "--option", "-c", "--config-file", "-a", "--host-architecture"}

findings contains {"message": msg, "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "apt-get"
	pos := lib.positionals(e.args, value_opts)
	pos[0] == "install"
	unpinned := [p | some p in lib.words(e.instr, array.slice(pos, 1, count(pos))); not pinned(p)]
	count(unpinned) > 0
	msg := sprintf("apt-get install without a version: %s; pin as name=version", [concat(", ", unpinned)])
}

pinned(p) if contains(p, "=")

pinned(p) if contains(p, "/")

pinned(p) if endswith(p, ".deb")

pinned(p) if lib.unresolved(p)
