# METADATA
# title: Stage name not in lower case
# description: |
#   Stage names are compared case-insensitively (`FROM x AS Build` is referenced as `build`
#   too), so a capital letter suggests a distinction that does not exist. BuildKit's
#   StageNameCasing asks for lower case.
# custom:
#   id: DF025
#   name: stage-name-casing
#   severity: style
#   aliases: [StageNameCasing]
#   fix: Write the stage name in lower case, here and where it is referenced.
#   examples:
#     bad: |
#       FROM golang:1.26-trixie AS Builder
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=Builder /out/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM golang:1.26-trixie AS builder
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=builder /out/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://docs.docker.com/reference/build-checks/stage-name-casing/
package ferrolint.general.stage_name_casing

import rego.v1

findings contains {"message": sprintf("stage name %s should be lower case (%s)", [name, lower(name)]), "range": from.args[2].range} if {
	some s in input.stages
	from := s.instructions[0]
	count(from.args) == 3
	name := from.args[2].value
	name != lower(name)
}
