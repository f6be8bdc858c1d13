# METADATA
# title: apt-get install without --no-install-recommends
# description: |
#   apt-get installs the recommended packages too unless told not to, which often
#   doubles an image's size with packages nothing uses. Add `--no-install-recommends`
#   (or `-o APT::Install-Recommends=false`). A RUN earlier in the stage (or a stage it
#   builds on) that writes `APT::Install-Recommends` to apt.conf.d counts too.
# custom:
#   id: DF009
#   name: apt-install-recommends
#   severity: info
#   aliases: [DL3015]
#   fix: Add --no-install-recommends after apt-get install.
#   examples:
#     bad: |
#       FROM debian:13-slim
#       RUN apt-get update \
#           && apt-get install -y ca-certificates=20250419 curl=8.14.1-2 \
#           && rm -rf /var/lib/apt/lists/*
#       USER 65532:65532
#       ENTRYPOINT ["curl"]
#     good: |
#       FROM debian:13-slim
#       RUN apt-get update \
#           && apt-get install -y --no-install-recommends ca-certificates=20250419 curl=8.14.1-2 \
#           && rm -rf /var/lib/apt/lists/*
#       USER 65532:65532
#       ENTRYPOINT ["curl"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3015
#     - https://docs.docker.com/build/building/best-practices/#apt-get
package ferrolint.general.apt_install_recommends

import data.ferrolint.general.lib
import rego.v1

value_opts := {"-t", "--target-release", "-c", "--config-file", "-a"}

findings contains {"message": "apt-get install without --no-install-recommends also installs recommended packages", "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "apt-get"
	pos := lib.positionals(e.args, value_opts | {"-o", "--option"})
	pos[0] == "install"
	not "--no-install-recommends" in e.args
	not option_off(e.args)
	not configured(e)
}

option_off(args) if {
	some i, a in args
	a in {"-o", "--option"}
	regex.match(`(?i)^APT::Install-Recommends=(false|0|no|off)$`, args[i + 1])
}

option_off(args) if {
	some a in args
	regex.match(`(?i)^(-o|--option=)APT::Install-Recommends=(false|0|no|off)$`, a)
}

# An earlier RUN of the stage chain writes the setting to apt's configuration.
configured(e) if {
	some s in array.concat([e.stage.index], e.stage.ancestors)
	some instr in input.stages[s].instructions
	instr.keyword == "RUN"
	any_before(instr, e)
	regex.match(`(?i)APT::Install-Recommends\s*"?(false|0)`, instr.original)
}

any_before(instr, e) if instr.index < e.instr.index

any_before(instr, e) if {
	instr.index == e.instr.index
	some i, c in instr.commands
	i < e.i
	regex.match(`(?i)APT::Install-Recommends`, concat(" ", c.args))
}
