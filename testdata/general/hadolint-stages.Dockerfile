# hadolint's documented examples for FROM and stages (DL3006, DL3007, DL3022-DL3024,
# DL3029, DL3063, DL3065, DL3067) and BuildKit's StageNameCasing, FromAsCasing.
# want DF038 6-12 "FROM debian has no tag"
FROM debian AS untagged
# want DF038 6-19 "FROM debian:latest floats"
FROM debian:latest AS latest
# DL3029
# want DF023 6-28 "FROM --platform=linux/amd64 pins the stage to one platform"
FROM --platform=linux/amd64 debian:12 AS pinned
FROM --platform=linux/amd64 debian:12 AS build-amd64
# DL3065
# want DF024 6-32 "is the default"
FROM --platform=$TARGETPLATFORM debian:12 AS redundant
FROM --platform=$BUILDPLATFORM debian:12 AS tools
# DL3024
FROM debian:12 AS build
# want DF028 19-24 "stage name build is already used by the stage on line 16"
FROM debian:12 AS build
# DL3063
# want DF029 19-26 "stage name context is reserved"
FROM debian:12 AS context
# StageNameCasing, FromAsCasing
# want DF025 19-26 "stage name Runtime should be lower case"
FROM debian:12 AS Runtime
# want DF026 16-18 "'as' does not match the case of 'FROM'"
FROM debian:12 as lower
# DL3023
# want DF030 6-18 "COPY --from=lower names the stage it is in"
COPY --from=lower /a /b
COPY --from=build /a /b
# DL3067
# want DF044 19-20 "COPY --from=build / copies its whole filesystem"
COPY --from=build / /
