# METADATA
# title: MAINTAINER is deprecated
# description: |
#   MAINTAINER has been deprecated since Docker 1.13; tools read the OCI label
#   `org.opencontainers.image.authors` instead. The fix replaces the instruction with
#   that LABEL.
# custom:
#   id: DF022
#   name: maintainer-deprecated
#   severity: warning
#   aliases: [DL4000, MaintainerDeprecated]
#   fix: Replace it with LABEL org.opencontainers.image.authors="...".
#   examples:
#     bad: |
#       FROM alpine:3.22
#       MAINTAINER Jane Doe <jane@example.com>
#       COPY app /usr/local/bin/app
#       USER 65532:65532
#       ENTRYPOINT ["/usr/local/bin/app"]
#     good: |
#       FROM alpine:3.22
#       LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
#       COPY app /usr/local/bin/app
#       USER 65532:65532
#       ENTRYPOINT ["/usr/local/bin/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL4000
#     - https://docs.docker.com/reference/build-checks/maintainer-deprecated/
package ferrolint.general.maintainer_deprecated

import rego.v1

findings contains f if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword == "MAINTAINER"
	who := concat(" ", [a.value | some a in instr.args])
	f := {
		"message": "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors",
		"range": instr.range,
		"fix": {
			"description": "replace it with the OCI authors label",
			"safe": true,
			"edits": [{"range": instr.range, "new_text": sprintf("LABEL org.opencontainers.image.authors=%s", [quote(who)])}],
		},
	}
}

quote(s) := concat("", [`"`, replace(replace(trim(s, `"`), `\`, `\\`), `"`, `\"`), `"`])
