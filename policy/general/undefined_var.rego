# METADATA
# title: Variable that nothing defines
# description: |
#   `$VAR` in COPY, ADD, ENV, LABEL, WORKDIR, USER, EXPOSE, VOLUME or STOPSIGNAL is expanded
#   by the builder from the stage's ARGs and ENVs (its own, those of the stages it builds on
#   and the base image's); an undefined one expands to nothing, usually a typo or a global
#   ARG not declared again in the stage. BuildKit's UndefinedVar knows the base image's ENV
#   from the registry; ferrolint does not, so only stages on a base whose ENV is known are
#   judged: scratch, debian, ubuntu, alpine and the other plain OS images (PATH only) and
#   the official rust image (RUSTUP_HOME, CARGO_HOME, RUST_VERSION). `${VAR:-default}` and
#   the other forms with a fallback, the proxy build arguments and escaped `\$` are not
#   judged.
# custom:
#   id: DF052
#   name: undefined-var
#   severity: warning
#   aliases: [UndefinedVar]
#   fix: Declare it (ARG NAME inside the stage for a global ARG) or correct the name.
#   examples:
#     bad: |
#       ARG APP_VERSION=1.4.0
#       FROM alpine:3.20
#       LABEL org.opencontainers.image.version=$APP_VERSION
#       COPY app /usr/local/bin/app
#       USER 1000
#       ENTRYPOINT ["/usr/local/bin/app"]
#     good: |
#       ARG APP_VERSION=1.4.0
#       FROM alpine:3.20
#       ARG APP_VERSION
#       LABEL org.opencontainers.image.version=$APP_VERSION
#       COPY app /usr/local/bin/app
#       USER 1000
#       ENTRYPOINT ["/usr/local/bin/app"]
#   sources:
#     - https://docs.docker.com/reference/build-checks/undefined-var/
#     - https://docs.docker.com/reference/dockerfile/#arg
package ferrolint.general.undefined_var

import data.ferrolint.lib.images
import rego.v1

expanding := {"COPY", "ADD", "ENV", "LABEL", "WORKDIR", "USER", "EXPOSE", "VOLUME", "STOPSIGNAL"}

predefined := {
	"PATH", "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy",
	"NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy",
}

# base_env: the ENV names of bases ferrolint knows completely.
base_env(ref) := set() if ref.scratch

base_env(ref) := set() if images.family(ref) in {"debian", "ubuntu", "alpine", "root-os"}

base_env(ref) := {"RUSTUP_HOME", "CARGO_HOME", "RUST_VERSION"} if images.family(ref) == "rust"

findings contains {"message": msg, "range": instr.range} if {
	some s in input.stages
	known := base_env(s.root)
	some instr in s.instructions
	expanding[instr.keyword]
	some m in regex.find_all_string_submatch_n(`(^|[^\\])\$(\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))`, instr.original, -1)
	name := concat("", [m[3], m[4]])
	not defined(s, instr, name, known)
	msg := message(s, instr, name)
}

defined(_, instr, name, _) if instr.env[name]

defined(_, _, name, _) if predefined[name]

defined(_, _, name, known) if known[name]

# ARG NAME without a value: defined by --build-arg.
defined(s, instr, name, _) if {
	some i in s.instructions
	i.keyword == "ARG"
	i.index < instr.index
	some p in i.pairs
	p.key == name
}

# ENV A=1 B=$A: the self-reference rule (DF041) judges it.
defined(_, instr, name, _) if {
	instr.keyword == "ENV"
	some p in instr.pairs
	p.key == name
}

message(s, instr, name) := sprintf("$%s is not defined in this stage: did you mean $%s?", [name, other]) if {
	some other, _ in instr.env
	lower(other) == lower(name)
} else := sprintf("$%s is a global ARG: declare it again with ARG %s inside the stage to use it", [name, name]) if {
	some a in input.global_args
	a.key == name
} else := sprintf("$%s is not defined: no ARG or ENV sets it and %s does not", [name, images.display(s.root)])
