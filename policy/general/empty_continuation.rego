# METADATA
# title: Empty line inside a continued instruction
# description: |
#   BuildKit skips empty lines inside a `\` continuation, but a future version may end the
#   instruction there (NoEmptyContinuation), and a reader takes the blank line for the end.
#   Remove it, or make it a comment. Heredoc bodies are not judged.
# custom:
#   id: DF040
#   name: empty-continuation
#   severity: warning
#   aliases: [NoEmptyContinuation]
#   fix: Remove the empty line.
#   examples:
#     bad: |
#       FROM debian:12.11-slim
#       RUN apt-get update \
#           && apt-get install -y --no-install-recommends ca-certificates=20230311 \
#
#           && rm -rf /var/lib/apt/lists/*
#       USER 1000
#     good: |
#       FROM debian:12.11-slim
#       RUN apt-get update \
#           && apt-get install -y --no-install-recommends ca-certificates=20230311 \
#           && rm -rf /var/lib/apt/lists/*
#       USER 1000
#   sources:
#     - https://docs.docker.com/reference/build-checks/no-empty-continuation/
package ferrolint.general.empty_continuation

import rego.v1

findings contains {"message": "empty line inside a continued instruction: remove it", "range": r} if {
	some s in input.stages
	some instr in s.instructions
	lines := split(instr.original, "\n")
	last := last_continued(instr, count(lines))
	some k, l in lines
	k > 0
	k < last
	trim_space(l) == ""
	line := instr.range.line + k
	r := {"line": line, "column": 1, "end_line": line, "end_column": 1 + count(l)}
}

# Heredoc bodies start after the instruction's first lines: judge only up to there.
last_continued(instr, n) := n - 1 if count(instr.heredocs) == 0

last_continued(instr, _) := instr.heredocs[0].range.line - instr.range.line if count(instr.heredocs) > 0
