# METADATA
# title: Invalid label key
# description: |
#   Label keys should be reverse-DNS namespaced lower-case names: letters, digits, `.` and
#   `-`, starting and ending with a letter or digit, without `..` or `--`. The namespaces
#   `com.docker.*`, `io.docker.*` and `org.dockerproject.*` are reserved for Docker.
#   Keys with unresolved variables are not judged.
# custom:
#   id: DF047
#   name: label-key-invalid
#   severity: style
#   aliases: [DL3048]
#   fix: Use a key such as org.example.team.
#   examples:
#     bad: |
#       FROM debian:12.11-slim
#       LABEL Maintainer="Jane Doe <jane@example.com>" com.docker.app="web"
#       COPY app /usr/local/bin/app
#       USER 1000
#       ENTRYPOINT ["/usr/local/bin/app"]
#     good: |
#       FROM debian:12.11-slim
#       LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>" com.example.app="web"
#       COPY app /usr/local/bin/app
#       USER 1000
#       ENTRYPOINT ["/usr/local/bin/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3048
#     - https://docs.docker.com/reference/dockerfile/#label
package ferrolint.general.label_key_invalid

import data.ferrolint.general.lib
import rego.v1

label_pairs contains p if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword == "LABEL"
	some p in instr.pairs
	not lib.unresolved(p.key)
}

findings contains {"message": sprintf("label key %s uses a namespace reserved for Docker", [p.key]), "range": p.range} if {
	some p in label_pairs
	regex.match(`^(com\.docker\.|io\.docker\.|org\.dockerproject\.)`, p.key)
}

findings contains {"message": sprintf("label key %s should hold only lower-case letters, digits, . and -, and start and end with a letter or digit", [p.key]), "range": p.range} if {
	some p in label_pairs
	not regex.match(`^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$`, p.key)
}

findings contains {"message": sprintf("label key %s has consecutive . or -", [p.key]), "range": p.range} if {
	some p in label_pairs
	regex.match(`\.\.|--`, p.key)
}
