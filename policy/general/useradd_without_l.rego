# METADATA
# title: useradd with a large UID without -l
# description: |
#   useradd records every user in /var/log/lastlog and /var/log/faillog, sparse files
#   indexed by UID. In an image layer the holes are written out, so `useradd -u 123456789`
#   can add gigabytes. `-l` (`--no-log-init`) skips it. UIDs of six digits or more are
#   judged, as hadolint does.
# custom:
#   id: DF034
#   name: useradd-without-l
#   severity: warning
#   aliases: [DL3046]
#   fix: Add -l (--no-log-init) to useradd.
#   examples:
#     bad: |
#       FROM debian:12.11-slim
#       RUN groupadd -g 100000 app && useradd -u 100000 -g app -m app
#       COPY app /usr/local/bin/app
#       USER 100000
#       ENTRYPOINT ["/usr/local/bin/app"]
#     good: |
#       FROM debian:12.11-slim
#       RUN groupadd -g 100000 app && useradd -l -u 100000 -g app -m app
#       COPY app /usr/local/bin/app
#       USER 100000
#       ENTRYPOINT ["/usr/local/bin/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3046
package ferrolint.general.useradd_without_l

import data.ferrolint.general.lib
import rego.v1

findings contains {"message": sprintf("useradd -u %s without -l writes a lastlog file sized by the UID into the layer", [uid]), "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "useradd"
	uid := uid_of(e.args)
	regex.match(`^[0-9]{6,}$`, uid)
	not lib.has_flag(e.args, {"--no-log-init"}, {"l"})
}

uid_of(args) := args[i + 1] if {
	some i, a in args
	a in {"-u", "--uid"}
}

uid_of(args) := substring(a, 6, -1) if {
	some a in args
	startswith(a, "--uid=")
}

uid_of(args) := substring(a, 2, -1) if {
	some a in args
	regex.match(`^-u[0-9]+$`, a)
}
