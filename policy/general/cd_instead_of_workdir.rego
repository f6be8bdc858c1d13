# METADATA
# title: RUN starts with cd
# description: |
#   `RUN cd /app && make` sets the directory for one RUN only; the next instruction is
#   back where it was, which is a classic source of confusion. WORKDIR sets it for the
#   rest of the stage and creates it. Only a `cd` that starts its RUN (after nothing but
#   `mkdir` or `set`) is judged: `git clone x && cd x && make` cannot use WORKDIR and is
#   fine (hadolint flags every cd). `cd -`, bare `cd` and unknown targets are not judged.
# custom:
#   id: DF017
#   name: cd-instead-of-workdir
#   severity: info
#   aliases: [DL3003]
#   fix: Put WORKDIR <dir> before the RUN and drop the cd.
#   examples:
#     bad: |
#       FROM golang:1.26-trixie AS build
#       COPY . /src
#       RUN cd /src && CGO_ENABLED=0 go build -o /out/app .
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM golang:1.26-trixie AS build
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3003
#     - https://docs.docker.com/build/building/best-practices/#workdir
package ferrolint.general.cd_instead_of_workdir

import data.ferrolint.general.lib
import rego.v1

setup := {"mkdir", "set", "cd"}

findings contains {"message": sprintf("RUN starts with cd %s: use WORKDIR %s, which lasts for the following instructions", [dir, dir]), "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "cd"
	# ONBUILD WORKDIR would change the child's working directory for good
	not e.onbuild
	count(e.args) == 2
	dir := e.args[1]
	dir != "-"
	not lib.unresolved(dir)
	# only mkdir, set and shells (sh -c) before it in the RUN, and no other cd
	before := [c.name |
		some j, c in e.instr.commands
		j < e.i
		not setup[c.name]
		not lib.shells[c.name]
	]
	count(before) == 0
	not earlier_cd(e)
}

earlier_cd(e) if {
	some j, c in e.instr.commands
	j < e.i
	c.name == "cd"
}
