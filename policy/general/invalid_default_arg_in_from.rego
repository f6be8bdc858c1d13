# METADATA
# title: FROM is not a valid image with the default ARG values
# description: |
#   With the ARG defaults the Dockerfile gives (no --build-arg), the FROM reference is
#   empty or invalid: `ARG TAG` then `FROM alpine:${TAG}` becomes `alpine:`. The build
#   fails unless every caller passes the argument. Give the ARG a working default.
#   Platform ARGs (TARGETARCH, BUILDPLATFORM, ...) are predefined and not judged.
# custom:
#   id: DF032
#   name: invalid-default-arg-in-from
#   severity: warning
#   aliases: [InvalidDefaultArgInFrom]
#   fix: Give the ARG a default, e.g. ARG TAG=3.20.
#   examples:
#     bad: |
#       ARG GO_VERSION
#       FROM golang:${GO_VERSION}-alpine AS build
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       ARG GO_VERSION=1.23
#       FROM golang:${GO_VERSION}-alpine AS build
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://docs.docker.com/reference/build-checks/invalid-default-arg-in-from/
#     - https://docs.docker.com/reference/dockerfile/#arg
package ferrolint.general.invalid_default_arg_in_from

import rego.v1

platform_args := {"TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT"}

findings contains {"message": msg, "range": s.from.range} if {
	some s in input.stages
	s.from.base_stage < 0
	not s.from.ref.valid
	missing := [m | some m in s.from.missing_args; not platform_args[m]]
	count(missing) > 0
	count(missing) == count(s.from.missing_args)
	msg := sprintf("with the default ARG values FROM %s is %q, not a valid image: give %s a default", [s.from.image, s.from.resolved, concat(", ", missing)])
}
