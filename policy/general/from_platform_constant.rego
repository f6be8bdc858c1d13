# METADATA
# title: FROM --platform with a constant
# description: |
#   `FROM --platform=linux/amd64 image` pins the stage to one platform, so a multi-platform
#   build (`--platform linux/amd64,linux/arm64`) silently builds amd64 everywhere, and arm64
#   hosts emulate it. Use `$BUILDPLATFORM` for stages that run build tools and
#   `$TARGETPLATFORM` (the default) for the rest. As in BuildKit, a stage whose name
#   contains the platform's OS or architecture (`AS build-amd64`) is meant to be pinned and
#   is not judged.
# custom:
#   id: DF023
#   name: from-platform-constant
#   severity: warning
#   aliases: [DL3029, FromPlatformFlagConstDisallowed]
#   fix: Use --platform=$BUILDPLATFORM, or drop the flag.
#   examples:
#     bad: |
#       FROM --platform=linux/amd64 golang:1.26-trixie AS build
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM --platform=$BUILDPLATFORM golang:1.26-trixie AS build
#       ARG TARGETOS TARGETARCH
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3029
#     - https://docs.docker.com/reference/build-checks/from-platform-flag-const-disallowed/
package ferrolint.general.from_platform_constant

import rego.v1

findings contains {"message": sprintf("FROM --platform=%s pins the stage to one platform: use $BUILDPLATFORM or drop the flag", [p]), "range": fl.range} if {
	some s in input.stages
	p := s.from.platform
	p != ""
	not contains(p, "$")
	not named_for(s.name, p)
	some fl in s.instructions[0].flags
	fl.name == "platform"
}

named_for(name, platform) if {
	some part in split(platform, "/")
	part != ""
	contains(name, lower(part))
}
