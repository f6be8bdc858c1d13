# METADATA
# title: Both curl and wget in one stage
# description: |
#   A stage that downloads with curl in one place and wget in another needs both tools
#   installed; one is enough. Reported once per stage, at the first command of the tool
#   used second.
# custom:
#   id: DF036
#   name: curl-and-wget
#   severity: info
#   aliases: [DL4001]
#   fix: Use one of them throughout the stage.
#   examples:
#     bad: |
#       FROM buildpack-deps:bookworm-curl
#       RUN curl -fsSLo /usr/local/bin/jq https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-amd64 \
#           && wget -q -O /usr/local/bin/yq https://github.com/mikefarah/yq/releases/download/v4.44.3/yq_linux_amd64 \
#           && chmod +x /usr/local/bin/jq /usr/local/bin/yq
#       USER 1000
#     good: |
#       FROM buildpack-deps:bookworm-curl
#       RUN curl -fsSLo /usr/local/bin/jq https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-amd64 \
#           && curl -fsSLo /usr/local/bin/yq https://github.com/mikefarah/yq/releases/download/v4.44.3/yq_linux_amd64 \
#           && chmod +x /usr/local/bin/jq /usr/local/bin/yq
#       USER 1000
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL4001
package ferrolint.general.curl_and_wget

import data.ferrolint.general.lib
import rego.v1

findings contains {"message": sprintf("%s is used here and %s on line %d: one download tool per stage is enough", [second.prog, first.prog, first.cmd.range.line]), "range": second.cmd.range} if {
	some s in input.stages
	uses := [e | some e in lib.run_cmds; e.stage.index == s.index; e.prog in {"curl", "wget"}]
	first := uses[0]
	others := [e | some e in uses; e.prog != first.prog]
	count(others) > 0
	second := others[0]
}
