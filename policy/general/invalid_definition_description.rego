# METADATA
# title: Comment above a stage or ARG does not describe it
# description: |
#   BuildKit reads the comment just above `FROM ... AS name` and `ARG NAME` as the
#   documentation of the stage or build argument when it starts with the name
#   (`# NAME what it is`), and shows it in `docker buildx build --call outline`. A comment
#   there that does not start with the name is probably meant for something else, or
#   documents the definition under another name. Only the last line of the comment block
#   counts; blank lines do not separate a comment from the instruction, a bare `#` line
#   does. Off by default, as in BuildKit (experimental there): turn it on with
#   `--enable DF057` or `DF057: on` in the configuration.
# custom:
#   id: DF057
#   name: invalid-definition-description
#   severity: warning
#   default: "off"
#   aliases: [InvalidDefinitionDescription]
#   fix: Start the comment with the name (# RUST_VERSION the toolchain to build with), or end an unrelated comment with a bare # line.
#   examples:
#     bad: |
#       # the toolchain to build with
#       ARG RUST_VERSION=1.94
#       # compile the release binary
#       FROM rust:${RUST_VERSION}-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN cargo build --release --locked
#     good: |
#       # RUST_VERSION the toolchain to build with
#       ARG RUST_VERSION=1.94
#       # build compiles the release binary
#       FROM rust:${RUST_VERSION}-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN cargo build --release --locked
#   sources:
#     - https://docs.docker.com/reference/build-checks/invalid-definition-description/
package ferrolint.general.invalid_definition_description

import rego.v1

findings contains {"message": message("stage", [s.name]), "range": from.args[count(from.args) - 1].range} if {
	some s in input.stages
	s.name != ""
	from := s.instructions[0]
	not described(from.comments, [s.name])
}

findings contains {"message": message("ARG", keys), "range": span(instr.pairs)} if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword == "ARG"
	count(instr.pairs) > 0
	keys := [p.key | some p in instr.pairs]
	not described(instr.comments, keys)
}

# Global ARGs come as pairs; those of one instruction share its comments.
findings contains {"message": message("ARG", keys), "range": span(group)} if {
	some ga in input.global_args
	count(ga.comments) > 0
	last := ga.comments[count(ga.comments) - 1]
	group := [g |
		some g in input.global_args
		count(g.comments) > 0
		g.comments[count(g.comments) - 1].range == last.range
	]
	keys := [g.key | some g in group]
	not described(ga.comments, keys)
}

# described: no comment, or the last line's first space-separated word is a name.
described(comments, _) if count(comments) == 0

described(comments, names) if split(comments[count(comments) - 1].text, " ")[0] in names

message(kind, names) := sprintf("the comment above %s %s does not describe it: start it with the name (`# %s <description>`), or end an unrelated comment with a bare `#` line", [kind, concat(" ", names), example(names)])

example(names) := names[0] if count(names) == 1

example(names) := "<arg_key>" if count(names) > 1

span(pairs) := {
	"line": pairs[0].range.line,
	"column": pairs[0].range.column,
	"end_line": pairs[count(pairs) - 1].range.end_line,
	"end_column": pairs[count(pairs) - 1].range.end_column,
}
