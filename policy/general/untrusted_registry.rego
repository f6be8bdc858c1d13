# METADATA
# title: Image from a registry that is not trusted
# description: |
#   With `trusted-registries` configured, every image the build pulls must come from one
#   of them: FROM images, `COPY --from=<image>` and `RUN --mount=from=<image>`. An entry
#   is a registry host (`registry.example.com`), a registry path prefix
#   (`ghcr.io/acme`), a wildcard host (`*.example.com`), a prefix (`docker*`) or `*`.
#   Docker Hub images (`debian`, `library/debian`) come from `docker.io`. Images are
#   judged after ARG substitution; earlier stages, scratch and unresolved references are
#   not judged. Without the setting the rule does nothing.
# custom:
#   id: DF045
#   name: untrusted-registry
#   severity: error
#   aliases: [DL3026]
#   fix: Pull the image through a trusted registry, or add the registry to trusted-registries.
#   examples:
#     bad: |
#       FROM golang:1.23 AS build
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#
#       FROM registry.example.com/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM registry.example.com/library/golang:1.23 AS build
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#
#       FROM registry.example.com/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#     config: |
#       trusted-registries: [registry.example.com]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3026
package ferrolint.general.untrusted_registry

import data.ferrolint.lib.images
import rego.v1

trusted := data.ferrolint.config.trusted_registries

# pulls: {"ref", "range"} of every external image the build pulls.
pulls contains {"ref": s.from.ref, "range": s.from.range} if {
	some s in input.stages
	s.from.base_stage < 0
	count(s.from.missing_args) == 0
}

pulls contains {"ref": images.parse_ref(instr.from), "range": fl.range} if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword in {"COPY", "ADD"}
	instr.from != ""
	instr.from_stage < 0
	not contains(instr.from, "$")
	not regex.match(`^[0-9]+$`, instr.from)
	some fl in instr.flags
	fl.name == "from"
}

pulls contains {"ref": images.parse_ref(m.from), "range": m.range} if {
	some s in input.stages
	some instr in s.instructions
	some m in instr.mounts
	m.from != ""
	not contains(m.from, "$")
	not stage_name(m.from)
	not regex.match(`^[0-9]+$`, m.from)
	m.from != "context"
}

stage_name(n) if {
	some s in input.stages
	s.name == lower(n)
}

findings contains {"message": sprintf("%s comes from %s, which is not a trusted registry (%s)", [images.display(p.ref), registry(p.ref), concat(", ", trusted)]), "range": p.range} if {
	count(trusted) > 0
	some p in pulls
	p.ref.valid
	not p.ref.scratch
	not trusted_ref(p.ref)
}

registry(ref) := "docker.io" if images.hub_registries[ref.registry]

registry(ref) := ref.registry if not images.hub_registries[ref.registry]

# path: registry/repository, Docker Hub normalised (docker.io/library/debian).
path(ref) := concat("/", [registry(ref), ref.repository])

trusted_ref(ref) if {
	some t in trusted
	matches(t, ref)
}

matches("*", _)

matches(t, ref) if t == registry(ref)

matches(t, ref) if startswith(path(ref), concat("", [t, "/"]))

matches(t, ref) if {
	startswith(t, "*.")
	endswith(registry(ref), substring(t, 1, -1))
}

matches(t, ref) if {
	endswith(t, "*")
	t != "*"
	startswith(registry(ref), trim_suffix(t, "*"))
}
