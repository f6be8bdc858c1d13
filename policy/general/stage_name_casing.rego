# METADATA
# title: Stage name not in lower case
# description: |
#   Stage names are compared case-insensitively (`FROM x AS Build` is referenced as `build`
#   too), so a capital letter suggests a distinction that does not exist. BuildKit's
#   StageNameCasing asks for lower case. The safe fix lower-cases the name and the
#   references that spell it in another case: `FROM <stage>`, `COPY`/`ADD --from` and
#   `RUN --mount=...,from=`.
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

findings contains f if {
	some s in input.stages
	from := s.instructions[0]
	count(from.args) == 3
	name := from.args[2].value
	name != lower(name)
	f := {
		"message": sprintf("stage name %s should be lower case (%s)", [name, lower(name)]),
		"range": from.args[2].range,
		"fix": {
			"description": sprintf("write %s here and where it is referenced", [lower(name)]),
			"safe": true,
			"edits": array.concat([{"range": from.args[2].range, "new_text": lower(name)}], references(s.index, name)),
		},
	}
}

# references: edits that lower-case the references to stage i that spell its name in
# another case. Names are compared case-insensitively, so one left out still works.
references(i, name) := array.concat(array.concat(from_refs(i, name), copy_refs(i, name)), mount_refs(name))

# from_refs: FROM <stage>.
from_refs(i, name) := [{"range": a.range, "new_text": lower(a.value)} |
	some t in input.stages
	t.from.base_stage == i
	from := t.instructions[0]
	a := from.args[0]
	miscased(a.value, name)
	source(from, a.range) == a.value
]

# copy_refs: COPY --from=<stage> and ADD --from=<stage>.
copy_refs(i, name) := [{"range": fl.range, "new_text": concat("", ["--from=", lower(fl.value)])} |
	some t in input.stages
	some instr in t.instructions
	instr.keyword in {"COPY", "ADD"}
	instr.from_stage == i
	some fl in instr.flags
	fl.name == "from"
	miscased(fl.value, name)
	source(instr, fl.range) == concat("", ["--from=", fl.value])
]

# mount_refs: RUN --mount=...,from=<stage>,...
mount_refs(name) := [{"range": fl.range, "new_text": concat("", ["--mount=", concat(",", [lower_from(p, name) | some p in split(fl.value, ",")])])} |
	some t in input.stages
	some instr in t.instructions
	instr.keyword == "RUN"
	some fl in instr.flags
	fl.name == "mount"
	some m in instr.mounts
	m.range == fl.range
	miscased(m.from, name)
	source(instr, fl.range) == concat("", ["--mount=", fl.value])
]

lower_from(p, name) := concat("", [substring(p, 0, 5), lower(name)]) if {
	lower(substring(p, 0, 5)) == "from="
	lower(substring(p, 5, -1)) == lower(name)
} else := p

miscased(v, name) if {
	v != lower(v)
	lower(v) == lower(name)
}

# source: the text of range r of a one-line part of instr's first line.
source(instr, r) := substring(instr.original, r.column - instr.range.column, r.end_column - r.column) if {
	r.line == instr.range.line
	r.end_line == r.line
}
