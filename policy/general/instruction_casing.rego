# METADATA
# title: Instruction keywords in mixed case
# description: |
#   Keywords are case-insensitive, but a file that writes most of them in upper case and a
#   few in lower case (or the reverse) is harder to scan. Each keyword that differs from
#   the case most keywords use is reported, as BuildKit's ConsistentInstructionCasing does.
# custom:
#   id: DF027
#   name: instruction-casing
#   severity: style
#   aliases: [ConsistentInstructionCasing]
#   fix: Write the keyword in the case the rest of the file uses.
#   examples:
#     bad: |
#       FROM alpine:3.22
#       RUN apk add --no-cache ca-certificates=20250619-r0
#       copy app /usr/local/bin/app
#       USER 65532:65532
#       ENTRYPOINT ["/usr/local/bin/app"]
#     good: |
#       FROM alpine:3.22
#       RUN apk add --no-cache ca-certificates=20250619-r0
#       COPY app /usr/local/bin/app
#       USER 65532:65532
#       ENTRYPOINT ["/usr/local/bin/app"]
#   sources:
#     - https://docs.docker.com/reference/build-checks/consistent-instruction-casing/
package ferrolint.general.instruction_casing

import rego.v1

keywords := [{"word": w, "instr": i} |
	some s in input.stages
	some i in s.instructions
	w := substring(i.original, 0, count(i.keyword))
]

uppers := count([k | some k in keywords; k.word == upper(k.word)])

lowers := count([k | some k in keywords; k.word == lower(k.word)])

majority := "upper" if uppers >= lowers

majority := "lower" if uppers < lowers

# mixed: some keyword is not upper case. Most files have none, and then the
# counts below are never taken.
mixed if {
	some k in keywords
	k.word != upper(k.word)
}

findings contains f if {
	mixed
	some k in keywords
	want := cased(k.word)
	k.word != want
	r := k.instr.range
	kr := {"line": r.line, "column": r.column, "end_line": r.line, "end_column": r.column + count(k.word)}
	f := {
		"message": sprintf("%s should be written %s, like most instructions in this file", [k.word, want]),
		"range": kr,
		"fix": {"description": sprintf("write %s", [want]), "safe": true, "edits": [{"range": kr, "new_text": want}]},
	}
}

cased(w) := upper(w) if majority == "upper"

cased(w) := lower(w) if majority == "lower"
