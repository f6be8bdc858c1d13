# METADATA
# title: COPY of several sources to a destination without /
# description: |
#   With more than one source, COPY and ADD need a directory destination written with a
#   trailing `/`; otherwise the build fails.
# custom:
#   id: DF042
#   name: copy-dest-slash
#   severity: error
#   aliases: [DL3021]
#   fix: End the destination with /.
#   examples:
#     bad: |
#       FROM node:22.11-slim
#       WORKDIR /app
#       COPY package.json package-lock.json /app
#       RUN npm ci --omit=dev
#       COPY . .
#       USER 1000
#       CMD ["node", "server.js"]
#     good: |
#       FROM node:22.11-slim
#       WORKDIR /app
#       COPY package.json package-lock.json /app/
#       RUN npm ci --omit=dev
#       COPY . .
#       USER 1000
#       CMD ["node", "server.js"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3021
#     - https://docs.docker.com/reference/dockerfile/#copy
package ferrolint.general.copy_dest_slash

import data.ferrolint.general.lib
import rego.v1

findings contains {"message": sprintf("%s of %d sources to %s: the destination must end with /", [instr.keyword, n - 1, dest.value]), "range": dest.range} if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword in {"COPY", "ADD"}
	count(instr.heredocs) == 0
	n := count(instr.args)
	n > 2
	dest := instr.args[n - 1]
	not endswith(dest.value, "/")
	not lib.unresolved(dest.value)
}
