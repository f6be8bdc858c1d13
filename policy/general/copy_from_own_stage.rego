# METADATA
# title: COPY --from names its own stage
# description: |
#   A stage cannot copy from itself: the build fails with a circular dependency.
# custom:
#   id: DF030
#   name: copy-from-own-stage
#   severity: error
#   aliases: [DL3023]
#   fix: Name the stage that builds the files.
#   examples:
#     bad: |
#       FROM golang:1.23 AS build
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#
#       FROM gcr.io/distroless/static-debian13:nonroot AS runtime
#       COPY --from=runtime /out/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM golang:1.23 AS build
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#
#       FROM gcr.io/distroless/static-debian13:nonroot AS runtime
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3023
#     - https://docs.docker.com/reference/dockerfile/#copy
package ferrolint.general.copy_from_own_stage

import rego.v1

findings contains {"message": sprintf("COPY --from=%s names the stage it is in", [instr.from]), "range": fl.range} if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword in {"COPY", "ADD"}
	instr.from_stage == s.index
	some fl in instr.flags
	fl.name == "from"
}
