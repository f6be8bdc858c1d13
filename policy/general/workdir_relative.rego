# METADATA
# title: Relative WORKDIR
# description: |
#   The first WORKDIR a stage sets is resolved against the base image's working
#   directory, which the Dockerfile does not show and which may change with the image.
#   Make it absolute. Later relative WORKDIRs are relative to an absolute one, so only the
#   first WORKDIR of a stage chain is judged (as BuildKit's WorkdirRelativePath does;
#   hadolint judges every one). Values are judged after ARG/ENV substitution; an unknown
#   variable is not judged. `C:\` paths count as absolute.
# custom:
#   id: DF016
#   name: workdir-relative
#   severity: warning
#   aliases: [DL3000, WorkdirRelativePath]
#   fix: Use an absolute path, e.g. WORKDIR /app.
#   examples:
#     bad: |
#       FROM node:22-slim
#       WORKDIR app
#       COPY . .
#       RUN npm ci --omit=dev
#       USER 1000:1000
#       CMD ["node", "server.js"]
#     good: |
#       FROM node:22-slim
#       WORKDIR /app
#       COPY . .
#       RUN npm ci --omit=dev
#       USER 1000:1000
#       CMD ["node", "server.js"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3000
#     - https://docs.docker.com/reference/build-checks/workdir-relative-path/
#     - https://docs.docker.com/build/building/best-practices/#workdir
package ferrolint.general.workdir_relative

import data.ferrolint.general.lib
import rego.v1

findings contains {"message": sprintf("relative WORKDIR %s depends on the base image's working directory: use an absolute path", [v]), "range": w.args[0].range} if {
	some s in input.stages
	workdirs := [i | some i in s.instructions; i.keyword == "WORKDIR"]
	count(workdirs) > 0
	w := workdirs[0]
	not ancestor_workdir(s)
	v := value(w)
	not absolute(v)
}

ancestor_workdir(s) if {
	some a in s.ancestors
	some i in input.stages[a].instructions
	i.keyword == "WORKDIR"
}

value(w) := trim(w.args[0].value, `"'`)

absolute(v) if startswith(v, "/")

absolute(v) if regex.match(`^[A-Za-z]:[\\/]`, v)

absolute(v) if startswith(v, `\`)

absolute(v) if lib.unresolved(v)
