# METADATA
# title: Stage named scratch or context
# description: |
#   `scratch` is the empty image and `context` the build context in `--from` and
#   `--mount from=`; a stage with either name makes references ambiguous.
# custom:
#   id: DF029
#   name: reserved-stage-name
#   severity: error
#   aliases: [DL3063, ReservedStageName]
#   fix: Rename the stage.
#   examples:
#     bad: |
#       FROM alpine:3.20 AS context
#       RUN apk add --no-cache ca-certificates=20240705-r0
#
#       FROM scratch
#       COPY --from=context /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
#       COPY app /app
#       USER 65532
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM alpine:3.20 AS certs
#       RUN apk add --no-cache ca-certificates=20240705-r0
#
#       FROM scratch
#       COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
#       COPY app /app
#       USER 65532
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3063
#     - https://docs.docker.com/reference/build-checks/reserved-stage-name/
package ferrolint.general.reserved_stage_name

import rego.v1

findings contains {"message": sprintf("stage name %s is reserved: rename the stage", [s.name]), "range": s.instructions[0].args[2].range} if {
	some s in input.stages
	s.name in {"scratch", "context"}
	count(s.instructions[0].args) == 3
}
