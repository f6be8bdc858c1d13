# METADATA
# title: ENV uses a variable it sets itself
# description: |
#   In `ENV A=1 B=$A`, `$A` is expanded with the value A had before this ENV, not 1: all
#   the pairs of one ENV are expanded first. Split it into two ENV instructions.
#   `ENV PATH=/x:$PATH` (a variable referring to its own old value) is fine.
# custom:
#   id: DF041
#   name: env-self-reference
#   severity: warning
#   aliases: [DL3044]
#   fix: Move the pair that refers to the other into its own ENV.
#   examples:
#     bad: |
#       FROM eclipse-temurin:21-jre
#       ENV APP_HOME=/opt/app APP_CONFIG=${APP_HOME}/config
#       WORKDIR /opt/app
#       COPY app.jar ./
#       USER 1000
#       CMD ["java", "-jar", "app.jar"]
#     good: |
#       FROM eclipse-temurin:21-jre
#       ENV APP_HOME=/opt/app
#       ENV APP_CONFIG=${APP_HOME}/config
#       WORKDIR /opt/app
#       COPY app.jar ./
#       USER 1000
#       CMD ["java", "-jar", "app.jar"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3044
#     - https://docs.docker.com/reference/dockerfile/#env
package ferrolint.general.env_self_reference

import rego.v1

findings contains {"message": sprintf("%s refers to %s, which this ENV sets: it still sees the old value; use a second ENV", [p.key, q.key]), "range": p.range} if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword == "ENV"
	some j, p in instr.pairs
	some i, q in instr.pairs
	i < j
	q.key != p.key
	regex.match(sprintf(`\$(\{%s([:}]|$)|%s([^A-Za-z0-9_]|$))`, [q.key, q.key]), p.raw)
}
