# METADATA
# title: COPY to a relative path with no WORKDIR
# description: |
#   A relative COPY or ADD destination is resolved against the working directory. With no
#   WORKDIR in the stage (or a stage it builds on) that is the base image's, which the
#   Dockerfile does not show; set WORKDIR first. Only base images known to leave it at `/`
#   are judged (debian, ubuntu, alpine, rust, busybox, fedora and the other plain OS
#   images), so `FROM node` or `FROM golang`, which set their own, are not (hadolint flags
#   them too); nor is scratch, whose / holds nothing else. The first such COPY of a stage
#   is reported. Destinations with unresolved variables are not judged.
# custom:
#   id: DF048
#   name: copy-relative-without-workdir
#   severity: warning
#   aliases: [DL3045]
#   fix: Add WORKDIR /app (or another absolute path) before the COPY.
#   examples:
#     bad: |
#       FROM debian:12.11-slim
#       COPY app config.toml ./
#       USER 1000
#       ENTRYPOINT ["./app"]
#     good: |
#       FROM debian:12.11-slim
#       WORKDIR /opt/app
#       COPY app config.toml ./
#       USER 1000
#       ENTRYPOINT ["./app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3045
#     - https://docs.docker.com/reference/dockerfile/#workdir
package ferrolint.general.copy_relative_without_workdir

import data.ferrolint.lib.images
import rego.v1

root_at_slash(ref) if images.family(ref) in {"debian", "ubuntu", "alpine", "rust", "root-os"}

findings contains {"message": sprintf("%s to the relative path %s with no WORKDIR: it lands under / of %s; set WORKDIR first", [instr.keyword, dest.value, images.display(s.root)]), "range": dest.range} if {
	some s in input.stages
	root_at_slash(s.root)
	relative := [i |
		some i in s.instructions
		i.keyword in {"COPY", "ADD"}
		count(i.args) >= 2
		not absolute(i.args[count(i.args) - 1].value)
		not workdir_before(s, i)
	]
	count(relative) > 0
	instr := relative[0]
	dest := instr.args[count(instr.args) - 1]
}

absolute(v) if regex.match(`^(/|\$|[A-Za-z]:[\\/]|\\)`, trim(v, `"'`))

workdir_before(s, instr) if {
	some i in s.instructions
	i.keyword == "WORKDIR"
	i.index < instr.index
}

workdir_before(s, _) if {
	some a in s.ancestors
	some i in input.stages[a].instructions
	i.keyword == "WORKDIR"
}

