# METADATA
# title: apt lists left in the image
# description: |
#   `apt-get update` downloads the package lists (tens of MB) to /var/lib/apt/lists. Unless
#   the same RUN removes them (`rm -rf /var/lib/apt/lists/*`) after the update, they stay in
#   the layer: a later RUN cannot take them out again. A `RUN --mount=type=cache` (or tmpfs)
#   over /var/lib/apt/lists (or /var/lib/apt) keeps them out of the layer and counts as
#   cleanup. Only stages whose files end up in the image are judged: the final stage and the
#   stages it builds on with FROM; a builder stage's cache costs nothing (hadolint judges
#   every stage used by a later FROM). Also covers `apt update` and `aptitude update`.
# custom:
#   id: DF010
#   name: apt-lists-kept
#   severity: info
#   aliases: [DL3009]
#   fix: End the RUN with && rm -rf /var/lib/apt/lists/*, or mount a cache over /var/lib/apt.
#   examples:
#     bad: |
#       FROM debian:13-slim
#       RUN apt-get update \
#           && apt-get install -y --no-install-recommends ca-certificates=20250419 curl=8.14.1-2
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
#     - https://github.com/hadolint/hadolint/wiki/DL3009
#     - https://docs.docker.com/build/building/best-practices/#apt-get
package ferrolint.general.apt_lists_kept

import data.ferrolint.general.lib
import rego.v1

lists := ["/var/lib/apt/lists"]

findings contains {"message": msg, "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog in {"apt-get", "apt", "aptitude"}
	"update" in lib.positionals(e.args, {"-o", "-c", "-t"})
	lib.image_stages[e.stage.index]
	not lib.cache_mounted(e.instr, lists)
	not removed_after(e)
	msg := sprintf("%s update leaves /var/lib/apt/lists in the layer: remove it in the same RUN", [e.prog])
}

removed_after(e) if {
	some r in lib.run_cmds
	lib.later(e, r)
	lib.removes(r, lists)
}
