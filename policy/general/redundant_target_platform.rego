# METADATA
# title: FROM --platform=$TARGETPLATFORM is redundant
# description: |
#   A stage is built for the target platform unless told otherwise, so
#   `--platform=$TARGETPLATFORM` changes nothing and suggests that it does.
# custom:
#   id: DF024
#   name: redundant-target-platform
#   severity: info
#   aliases: [DL3065, RedundantTargetPlatform]
#   fix: Remove --platform=$TARGETPLATFORM.
#   examples:
#     bad: |
#       FROM golang:1.26-trixie AS build
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#       FROM --platform=$TARGETPLATFORM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM golang:1.26-trixie AS build
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3065
#     - https://docs.docker.com/reference/build-checks/redundant-target-platform/
package ferrolint.general.redundant_target_platform

import rego.v1

findings contains {"message": "--platform=$TARGETPLATFORM is the default: remove it", "range": fl.range} if {
	some s in input.stages
	s.from.platform in {"$TARGETPLATFORM", "${TARGETPLATFORM}"}
	some fl in s.instructions[0].flags
	fl.name == "platform"
}
