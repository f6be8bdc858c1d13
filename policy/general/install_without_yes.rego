# METADATA
# title: Package install that would prompt
# description: |
#   A build has no terminal: `apt-get install`, `yum install`, `dnf install`,
#   `microdnf install` or `zypper install` without the non-interactive option asks for
#   confirmation and the build fails or hangs. apt-get accepts `-y`, `--yes`,
#   `--assume-yes`, `-qq` or `-q=2`; yum/dnf `-y`/`--assumeyes`; zypper `-n`/
#   `--non-interactive` (before the subcommand) or `-y`/`--no-confirm` (after it).
#   Also judged for removals and upgrades, which prompt the same way.
# custom:
#   id: DF008
#   name: install-without-yes
#   severity: warning
#   aliases: [DL3014, DL3030, DL3034, DL3038]
#   fix: Add -y (zypper -n).
#   examples:
#     bad: |
#       FROM debian:13-slim
#       RUN apt-get update \
#           && apt-get install --no-install-recommends ca-certificates=20250419 curl=8.14.1-2 \
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
#     - https://github.com/hadolint/hadolint/wiki/DL3014
#     - https://github.com/hadolint/hadolint/wiki/DL3030
#     - https://github.com/hadolint/hadolint/wiki/DL3034
#     - https://github.com/hadolint/hadolint/wiki/DL3038
package ferrolint.general.install_without_yes

import data.ferrolint.general.lib
import rego.v1

apt_value_opts := {"-t", "--target-release", "-o", "--option", "-c", "--config-file", "-a"}

findings contains {"message": sprintf("apt-get %s without -y would prompt and fail the build", [pos[0]]), "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "apt-get"
	pos := lib.positionals(e.args, apt_value_opts)
	pos[0] in {"install", "upgrade", "dist-upgrade", "remove", "purge", "autoremove", "full-upgrade"}
	not apt_yes(e.args)
}

findings contains {"message": sprintf("%s %s without -y would prompt and fail the build", [e.prog, pos[0]]), "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog in {"yum", "dnf", "microdnf", "dnf5"}
	pos := lib.positionals(e.args, {"--setopt", "--enablerepo", "--disablerepo", "--releasever", "--installroot", "-c", "-x", "--exclude"})
	pos[0] in {"install", "groupinstall", "localinstall", "update", "upgrade", "remove", "erase", "reinstall", "downgrade", "group", "module"}
	not lib.has_flag(e.args, {"--assumeyes"}, {"y"})
}

findings contains {"message": sprintf("zypper %s without -n would prompt and fail the build", [pos[0]]), "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "zypper"
	pos := lib.positionals(e.args, {"-r", "--repo", "--from", "--root", "-R", "--type", "-t"})
	pos[0] in {"install", "in", "remove", "rm", "update", "up", "patch", "dist-upgrade", "dup", "source-install", "si"}
	not lib.has_flag(e.args, {"--non-interactive", "--no-confirm"}, {"n", "y"})
}

apt_yes(args) if lib.has_flag(args, {"--yes", "--assume-yes", "--quiet=2", "-q=2"}, {"y"})

apt_yes(args) if {
	some a in args
	regex.match(`^-[a-zA-Z]*q[a-zA-Z]*q[a-zA-Z]*$`, a)
}

apt_yes(args) if count([a | some a in args; regex.match(`^-[a-zA-Z]*q[a-zA-Z]*$`, a)]) >= 2
