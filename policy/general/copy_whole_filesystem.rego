# METADATA
# title: COPY --from of a whole filesystem
# description: |
#   `COPY --from=stage / /` copies every file of the other stage, /proc placeholders, caches
#   and package databases included, over the current one. Copy the directories you need.
#   Not judged: a source stage built FROM scratch (an artifact collection) and
#   tonistiigi/xx, whose documented use is `COPY --from=xx / /`.
# custom:
#   id: DF044
#   name: copy-whole-filesystem
#   severity: warning
#   aliases: [DL3067]
#   fix: Copy only the paths the image needs.
#   examples:
#     bad: |
#       FROM debian:12.11-slim AS build
#       WORKDIR /opt/app
#       COPY . .
#       RUN ./build.sh
#
#       FROM gcr.io/distroless/base-debian13:nonroot
#       COPY --from=build / /
#       ENTRYPOINT ["/opt/app/bin/app"]
#     good: |
#       FROM debian:12.11-slim AS build
#       WORKDIR /opt/app
#       COPY . .
#       RUN ./build.sh
#
#       FROM gcr.io/distroless/base-debian13:nonroot
#       COPY --from=build /opt/app/bin /opt/app/bin
#       ENTRYPOINT ["/opt/app/bin/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3067
package ferrolint.general.copy_whole_filesystem

import rego.v1

findings contains {"message": sprintf("COPY --from=%s / copies its whole filesystem: copy only what you need", [instr.from]), "range": instr.args[0].range} if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword == "COPY"
	instr.from != ""
	count(instr.args) == 2
	instr.args[0].value in {"/", "/."}
	not tools_only(instr)
}

tools_only(instr) if input.stages[instr.from_stage].root.scratch

tools_only(instr) if input.stages[instr.from_stage].root.name == "tonistiigi/xx"

tools_only(instr) if {
	instr.from_stage < 0
	startswith(instr.from, "tonistiigi/xx")
}
