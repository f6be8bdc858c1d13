# METADATA
# title: Consecutive RUNs that could be one layer
# description: |
#   Each RUN adds a layer. Two RUNs in a row that each run one plain command can be joined
#   with && into one layer, with nothing lost. To keep the noise hadolint is known for
#   down, this fires only when the join is plainly safe and useful: both RUNs are shell
#   form with no flags (no --mount, --network, ...), no heredoc, and one command each
#   (hadolint also suggests merging heredoc RUNs); and only in stages whose layers ship,
#   the final stage and the stages it is built FROM. Layers of a builder stage whose files
#   are copied out with `COPY --from` never reach the image, and splitting them there keeps
#   the build cache fine-grained. Comments between the RUNs do not separate them.
# custom:
#   id: DF055
#   name: consecutive-runs
#   severity: info
#   aliases: [DL3059]
#   fix: Join the two RUNs with && into one.
#   examples:
#     bad: |
#       FROM debian:12.11-slim
#       RUN groupadd --system --gid 10001 app
#       RUN useradd --system --uid 10001 --gid app --no-create-home app
#       COPY app /usr/local/bin/app
#       USER 10001
#       ENTRYPOINT ["/usr/local/bin/app"]
#     good: |
#       FROM debian:12.11-slim
#       RUN groupadd --system --gid 10001 app \
#           && useradd --system --uid 10001 --gid app --no-create-home app
#       COPY app /usr/local/bin/app
#       USER 10001
#       ENTRYPOINT ["/usr/local/bin/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3059
package ferrolint.general.consecutive_runs

import data.ferrolint.general.lib
import rego.v1

findings contains {"message": msg, "range": b.range} if {
	some s in input.stages
	lib.image_stages[s.index]
	some k, a in s.instructions
	b := s.instructions[k + 1]
	joinable(a)
	joinable(b)
	msg := sprintf("RUN right after the RUN on line %d: join them with && into one layer", [a.range.line])
}

joinable(instr) if {
	instr.keyword == "RUN"
	instr.form == "shell"
	count(instr.flags) == 0
	count(instr.mounts) == 0
	count(instr.heredocs) == 0
	count(instr.commands) == 1
}
