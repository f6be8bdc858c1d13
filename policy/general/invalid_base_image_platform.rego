# METADATA
# title: Base image not built for the platform
# description: |
#   A stage is built for one platform: its `FROM --platform` value, else the target platform
#   (`--platform` of ferrolint, by default `linux/` and the host's architecture, as BuildKit
#   builds for the builder's platform). When the base image's index has no entry for it the
#   build fails to pull; when the image is single-platform BuildKit pulls it anyway and the
#   binaries it runs need emulation or fail with `exec format error`.
#
#   Only the registry knows an image's platforms, so this rule needs `--registry` (or
#   `registry: true` in the configuration) and does nothing offline. `FROM --platform`
#   values are resolved through global ARG defaults and `$TARGETPLATFORM`, `$BUILDPLATFORM`
#   and their `OS`/`ARCH`/`VARIANT` parts; a value that stays unknown is not judged.
#   Platforms are compared on OS and architecture after normalisation (`aarch64` is
#   `arm64`, `arm64/v8` is `arm64`, `arm` is `arm/v7`); a variant is compared only when both
#   sides name one, and a 32-bit ARM image of an older variant runs on a newer one. Every
#   stage that names an image is judged, also one the default target does not build (BuildKit
#   judges only the stages it builds), since `--target` may build it.
# custom:
#   id: DF058
#   name: invalid-base-image-platform
#   severity: warning
#   aliases: [InvalidBaseImagePlatform]
#   fix: Use an image (or tag) built for the platform, or build for a platform the image has.
#   examples:
#     bad: |
#       FROM arm64v8/alpine:3.20
#       RUN apk add --no-cache ca-certificates
#       COPY app /usr/local/bin/app
#       USER 65532:65532
#       ENTRYPOINT ["/usr/local/bin/app"]
#     good: |
#       FROM alpine:3.20
#       RUN apk add --no-cache ca-certificates
#       COPY app /usr/local/bin/app
#       USER 65532:65532
#       ENTRYPOINT ["/usr/local/bin/app"]
#     registry:
#       arm64v8/alpine:3.20: [linux/arm64/v8]
#       alpine:3.20: [linux/amd64, linux/arm/v6, linux/arm/v7, linux/arm64/v8, linux/386]
#   sources:
#     - https://docs.docker.com/reference/dockerfile/#from
#     - https://github.com/moby/buildkit/blob/master/frontend/dockerfile/linter/ruleset.go
package ferrolint.general.invalid_base_image_platform

import rego.v1

findings contains {"message": message(s, p), "range": s.from.range} if {
	some s in input.stages
	s.from.base_stage == -1
	ps := s.from.ref.platforms
	count(ps) > 0
	p := required(s)
	want := normalize(p.platform)
	not some_match(want, ps)
}

message(s, p) := sprintf("base image %s is not built for %s (%s): the registry lists %s", [s.from.resolved, p.platform, p.why, concat(", ", s.from.ref.platforms)])

some_match(want, ps) if {
	some have in ps
	matches(want, normalize(have))
}

# required(s): the platform the stage is built for, and why.
required(s) := {"platform": input.target_platform, "why": "the target platform"} if s.from.platform == ""

required(s) := {"platform": p, "why": sprintf("FROM --platform=%s", [s.from.platform])} if {
	s.from.platform != ""
	p := expand(s.from.platform, object.union(s.instructions[0].env, builtins))
}

# builtins are BuildKit's automatic platform ARGs; they win over ARG defaults, as build
# arguments do.
builtins := object.union(platform_args("TARGET", "target_platform"), platform_args("BUILD", "build_platform"))

platform_args(prefix, key) := {
	concat("", [prefix, "PLATFORM"]): input[key],
	concat("", [prefix, "OS"]): n.os,
	concat("", [prefix, "ARCH"]): n.arch,
	concat("", [prefix, "VARIANT"]): n.variant,
} if n := normalize(input[key])

platform_args(_, key) := {} if not platform_given(key)

platform_given(key) if normalize(input[key])

# Only $NAME and ${NAME}: a value with ${NAME:-default} or an unknown variable keeps a $
# and is not judged.
var_pattern := `\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)`

expand(text, vars) := out if {
	found := regex.find_all_string_submatch_n(var_pattern, text, -1)
	every m in found {
		vars[var_name(m)]
	}
	literals := regex.split(var_pattern, text)
	pieces := [concat("", [literals[i], vars[var_name(m)]]) | some i, m in found]
	out := concat("", array.concat(pieces, [literals[count(found)]]))
	not contains(out, "$")
}

var_name(m) := m[1] if m[1] != ""

var_name(m) := m[2] if m[1] == ""

# normalize splits os/arch[/variant] and spells it the one way BuildKit does.
normalize(p) := {"os": ws[0], "arch": arch, "variant": variant} if {
	ws := split(lower(trim_space(p)), "/")
	count(ws) in {2, 3}
	alias := object.get(arch_aliases, ws[1], {"arch": ws[1], "variant": ""})
	arch := alias.arch
	given := variant_given(ws, alias.variant)
	variant := object.get(object.get(implied_variants, arch, {}), given, given)
}

variant_given(ws, _) := ws[2] if count(ws) == 3

variant_given(ws, implied) := implied if count(ws) == 2

arch_aliases := {
	"aarch64": {"arch": "arm64", "variant": ""},
	"x86_64": {"arch": "amd64", "variant": ""},
	"x86-64": {"arch": "amd64", "variant": ""},
	"i386": {"arch": "386", "variant": ""},
	"armhf": {"arch": "arm", "variant": "v7"},
	"armel": {"arch": "arm", "variant": "v6"},
}

# implied_variants: the variant each architecture means when it names none ("" for
# arm64 and amd64, whose v8 and v1 are the base level), so both spellings compare equal.
implied_variants := {
	"arm": {"": "v7"},
	"arm64": {"v8": ""},
	"amd64": {"v1": ""},
}

matches(want, have) if {
	want.os == have.os
	want.arch == have.arch
	variant_fits(want, have)
}

variant_fits(want, have) if want.variant == ""

variant_fits(want, have) if have.variant == ""

variant_fits(want, have) if want.variant == have.variant

# A 32-bit ARM CPU runs code built for an older ARM variant (v7 runs v6 and v5).
variant_fits(want, have) if {
	want.arch == "arm"
	arm_level(have.variant) < arm_level(want.variant)
}

arm_level(v) := to_number(trim_prefix(v, "v")) if regex.match(`^v[0-9]+$`, v)
