# METADATA
# title: Two stages with the same name
# description: |
#   Stage names are compared case-insensitively and must be unique: BuildKit rejects
#   `FROM a AS build` followed by `FROM b AS Build`.
# custom:
#   id: DF028
#   name: duplicate-stage-name
#   severity: error
#   aliases: [DL3024, DuplicateStageName]
#   fix: Rename one of the stages.
#   examples:
#     bad: |
#       FROM node:22.11-slim AS deps
#       WORKDIR /app
#       COPY package.json package-lock.json ./
#       RUN npm ci --omit=dev
#
#       FROM node:22.11-slim AS deps
#       WORKDIR /app
#       COPY --from=0 /app/node_modules ./node_modules
#       COPY . .
#       USER 1000
#       CMD ["node", "server.js"]
#     good: |
#       FROM node:22.11-slim AS deps
#       WORKDIR /app
#       COPY package.json package-lock.json ./
#       RUN npm ci --omit=dev
#
#       FROM node:22.11-slim AS runtime
#       WORKDIR /app
#       COPY --from=deps /app/node_modules ./node_modules
#       COPY . .
#       USER 1000
#       CMD ["node", "server.js"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3024
#     - https://docs.docker.com/reference/build-checks/duplicate-stage-name/
package ferrolint.general.duplicate_stage_name

import rego.v1

findings contains {"message": sprintf("stage name %s is already used by the stage on line %d", [s.name, first.range.line]), "range": s.instructions[0].args[2].range} if {
	some s in input.stages
	s.name != ""
	count(s.instructions[0].args) == 3
	earlier := [t | some t in input.stages; t.index < s.index; t.name == s.name]
	count(earlier) > 0
	first := earlier[0].instructions[0]
}
