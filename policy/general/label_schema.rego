# METADATA
# title: Image labels do not follow the configured schema
# description: |
#   With `label-schema` configured (label name -> text, url, semver, hash, rfc3339,
#   spdx or email), the final image must carry each label with a non-empty value of that
#   type: a label set in the final stage or a stage it builds on with FROM counts. With
#   `strict-labels`, labels outside the schema are reported too. Values are judged after
#   ARG/ENV substitution; unresolved values are not judged. spdx accepts license
#   identifiers combined with AND, OR and WITH (the identifiers are not looked up).
#   Without the setting the rule does nothing.
# custom:
#   id: DF046
#   name: label-schema
#   severity: warning
#   aliases: [DL3049, DL3050, DL3051, DL3052, DL3053, DL3054, DL3055, DL3056, DL3058]
#   fix: Set the label with a value of the configured type.
#   examples:
#     bad: |
#       FROM debian:12.11-slim
#       LABEL org.opencontainers.image.version=1.4
#       COPY app /usr/local/bin/app
#       USER 1000
#       ENTRYPOINT ["/usr/local/bin/app"]
#     good: |
#       FROM debian:12.11-slim
#       LABEL org.opencontainers.image.version=1.4.0 \
#             org.opencontainers.image.source=https://github.com/example/app
#       COPY app /usr/local/bin/app
#       USER 1000
#       ENTRYPOINT ["/usr/local/bin/app"]
#     config: |
#       label-schema:
#         org.opencontainers.image.version: semver
#         org.opencontainers.image.source: url
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3049
#     - https://github.com/hadolint/hadolint/wiki/DL3052
#     - https://github.com/hadolint/hadolint/wiki/DL3056
package ferrolint.general.label_schema

import data.ferrolint.general.lib
import rego.v1

schema := data.ferrolint.config.label_schema

final := s if {
	some s in input.stages
	s.final
}

# labels: the LABEL pairs of the final stage and the stages it builds on.
labels := [{"key": p.key, "value": p.value, "range": p.range} |
	some i in array.concat([final.index], final.ancestors)
	some instr in input.stages[i].instructions
	instr.keyword == "LABEL"
	some p in instr.pairs
]

findings contains {"message": sprintf("the image has no label %s (required by the label schema, type %s)", [name, type]), "range": final.from.range} if {
	count(schema) > 0
	some name, type in schema
	not name in {l.key | some l in labels}
}

findings contains {"message": sprintf("label %s is empty", [l.key]), "range": l.range} if {
	count(schema) > 0
	some l in labels
	schema[l.key]
	trim_space(l.value) == ""
}

findings contains {"message": sprintf("label %s=%s is not a valid %s", [l.key, l.value, type]), "range": l.range} if {
	some l in labels
	type := schema[l.key]
	trim_space(l.value) != ""
	not lib.unresolved(l.value)
	not valid(type, l.value)
}

findings contains {"message": sprintf("label %s is not in the label schema (strict-labels)", [l.key]), "range": l.range} if {
	count(schema) > 0
	data.ferrolint.config.strict_labels == true
	some l in labels
	not schema[l.key]
}

valid("text", _)

valid("url", v) if regex.match(`^[a-zA-Z][a-zA-Z0-9+.-]*://[^\s/$.?#][^\s]*$`, v)

valid("semver", v) if semver.is_valid(trim_prefix(v, "v"))

valid("hash", v) if regex.match(`^([0-9a-f]{7,40}|[0-9a-f]{64})$`, v)

valid("rfc3339", v) if regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$`, v)

valid("spdx", v) if regex.match(`^\(?[A-Za-z0-9.+-]+\)?( (AND|OR|WITH) \(?[A-Za-z0-9.+-]+\)?)*$`, v)

valid("email", v) if regex.match(`^[^@\s]+@[^@\s]+\.[^@\s]+$`, v)
