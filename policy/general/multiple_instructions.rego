# METADATA
# title: CMD, ENTRYPOINT or HEALTHCHECK given twice in a stage
# description: |
#   Only the last CMD, ENTRYPOINT and HEALTHCHECK of a stage take effect; an earlier one
#   is dead code that readers take for the real one. Each earlier one is reported, with
#   the line of the one that overrides it.
# custom:
#   id: DF020
#   name: multiple-instructions
#   severity: warning
#   aliases: [DL4003, DL4004, DL3012, MultipleInstructionsDisallowed]
#   fix: Remove the earlier instruction.
#   examples:
#     bad: |
#       FROM node:22-slim
#       WORKDIR /app
#       COPY . .
#       USER 1000:1000
#       CMD ["node", "server.js"]
#       EXPOSE 3000
#       CMD ["npm", "start"]
#     good: |
#       FROM node:22-slim
#       WORKDIR /app
#       COPY . .
#       USER 1000:1000
#       EXPOSE 3000
#       CMD ["npm", "start"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL4003
#     - https://github.com/hadolint/hadolint/wiki/DL4004
#     - https://github.com/hadolint/hadolint/wiki/DL3012
#     - https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/
package ferrolint.general.multiple_instructions

import rego.v1

findings contains {"message": msg, "range": a.range} if {
	some s in input.stages
	some a in s.instructions
	a.keyword in {"CMD", "ENTRYPOINT", "HEALTHCHECK"}
	later := [b | some b in s.instructions; b.keyword == a.keyword; b.index > a.index]
	count(later) > 0
	b := later[count(later) - 1]
	msg := sprintf("%s is overridden by the %s on line %d: only the last one in a stage counts", [a.keyword, b.keyword, b.range.line])
}
