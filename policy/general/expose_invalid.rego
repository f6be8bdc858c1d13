# METADATA
# title: Invalid EXPOSE
# description: |
#   EXPOSE takes container ports, `port[/protocol]` or `from-to[/protocol]`: a port must be
#   1-65535, the protocol is `tcp`, `udp` or `sctp` in lower case, and a host address or a
#   `host:container` mapping has no meaning there (publishing is decided at `docker run`).
#   Values are judged after ARG/ENV substitution; unknown variables are not judged.
# custom:
#   id: DF021
#   name: expose-invalid
#   severity: warning
#   aliases: [DL3011, ExposeProtoCasing, ExposeInvalidFormat]
#   fix: Write the container port only, e.g. EXPOSE 8080/tcp.
#   examples:
#     bad: |
#       FROM node:22-slim
#       WORKDIR /app
#       COPY . .
#       USER 1000:1000
#       EXPOSE 3000:3000
#       CMD ["node", "server.js"]
#     good: |
#       FROM node:22-slim
#       WORKDIR /app
#       COPY . .
#       USER 1000:1000
#       EXPOSE 3000
#       CMD ["node", "server.js"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3011
#     - https://docs.docker.com/reference/build-checks/expose-invalid-format/
#     - https://docs.docker.com/reference/build-checks/expose-proto-casing/
#     - https://docs.docker.com/reference/dockerfile/#expose
package ferrolint.general.expose_invalid

import data.ferrolint.general.lib
import rego.v1

findings contains {"message": msg, "range": a.range} if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword == "EXPOSE"
	some a in instr.args
	not lib.unresolved(a.value)
	msg := problem(a.value)
}

parts(v) := split(v, "/")

ports(v) := split(parts(v)[0], "-")

problem(v) := sprintf("EXPOSE %s maps a host address or port: EXPOSE takes the container port only", [v]) if {
	contains(parts(v)[0], ":")
}

problem(v) := sprintf("EXPOSE %s: %s is not a port number", [v, p]) if {
	not contains(parts(v)[0], ":")
	some p in ports(v)
	not regex.match(`^[0-9]+$`, p)
}

problem(v) := sprintf("EXPOSE %s: port %s is outside 1-65535", [v, p]) if {
	some p in ports(v)
	regex.match(`^[0-9]+$`, p)
	n := to_number(p)
	not between(n)
}

problem(v) := sprintf("EXPOSE %s: write the protocol in lower case (%s)", [v, lower(proto)]) if {
	proto := parts(v)[1]
	lower(proto) in {"tcp", "udp", "sctp"}
	proto != lower(proto)
}

problem(v) := sprintf("EXPOSE %s: the protocol must be tcp, udp or sctp", [v]) if {
	proto := parts(v)[1]
	not lower(proto) in {"tcp", "udp", "sctp"}
}

between(n) if {
	n >= 1
	n <= 65535
}
