# METADATA
# title: COPY --from names no earlier stage
# description: |
#   `COPY --from=X` takes an earlier stage (by name or index) or an image. A plain name
#   that is not an earlier stage is pulled as the image `docker.io/library/X`: usually a
#   typo or a stage defined later, and the build fails or copies from the wrong image. A
#   stage index must be lower than the current stage's. References with a registry, tag,
#   digest or path (`nginx:1.27`, `ghcr.io/org/img`) are images and not judged, nor are
#   unresolved variables.
# custom:
#   id: DF049
#   name: copy-from-unknown-stage
#   severity: warning
#   aliases: [DL3022]
#   fix: Name an earlier stage, or write the image with its tag.
#   examples:
#     bad: |
#       FROM golang:1.23 AS builder
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM golang:1.23 AS builder
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=builder /out/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3022
#     - https://docs.docker.com/reference/dockerfile/#copy
package ferrolint.general.copy_from_unknown_stage

import data.ferrolint.general.lib
import rego.v1

findings contains {"message": msg, "range": fl.range} if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword in {"COPY", "ADD"}
	some fl in instr.flags
	fl.name == "from"
	v := instr.from
	not lib.unresolved(v)
	msg := problem(s, v)
}

problem(s, v) := sprintf("--from=%s is stage %s, which is not before this one (stage %d)", [v, v, s.index]) if {
	regex.match(`^[0-9]+$`, v)
	to_number(v) >= s.index
}

problem(s, v) := sprintf("--from=%s names the stage on line %d, which comes later: BuildKit pulls the image %s instead", [v, later.range.line, v]) if {
	plain(v)
	not earlier(s, v)
	some later in input.stages
	later.index > s.index
	later.name == lower(v)
}

problem(s, v) := sprintf("--from=%s names no stage, so BuildKit pulls the image docker.io/library/%s: a typo for a stage name?", [v, v]) if {
	plain(v)
	not earlier(s, v)
	not later_stage(v)
	not v in {"scratch", "context"}
}

plain(v) if regex.match(`^[A-Za-z][A-Za-z0-9_-]*$`, v)

earlier(s, v) if {
	some t in input.stages
	t.index < s.index
	t.name == lower(v)
}

later_stage(v) if {
	some t in input.stages
	t.name == lower(v)
}
