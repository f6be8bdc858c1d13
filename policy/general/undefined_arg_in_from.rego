# METADATA
# title: FROM uses an ARG that is not declared before the first FROM
# description: |
#   Only ARGs declared before the first FROM (and the predefined platform ARGs) are
#   visible in FROM lines; an ARG declared inside a stage, or a typo, expands to nothing.
# custom:
#   id: DF033
#   name: undefined-arg-in-from
#   severity: warning
#   aliases: [UndefinedArgInFrom]
#   fix: Declare the ARG before the first FROM.
#   examples:
#     bad: |
#       FROM --platform=$BUILDPLATFROM golang:1.23 AS build
#       ARG TARGETOS TARGETARCH
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
#
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM --platform=$BUILDPLATFORM golang:1.23 AS build
#       ARG TARGETOS TARGETARCH
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
#
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://docs.docker.com/reference/build-checks/undefined-arg-in-from/
#     - https://docs.docker.com/reference/dockerfile/#arg
package ferrolint.general.undefined_arg_in_from

import rego.v1

predefined := {"TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT"}

declared := {a.key | some a in input.global_args}

findings contains {"message": sprintf("FROM uses $%s, which no ARG before the first FROM declares", [v]), "range": instr.range} if {
	some s in input.stages
	instr := s.instructions[0]
	some text in [s.from.image, s.from.platform]
	some m in regex.find_all_string_submatch_n(`\$\{?([A-Za-z_][A-Za-z0-9_]*)`, text, -1)
	v := m[1]
	not declared[v]
	not predefined[v]
}
