# METADATA
# title: apk add without package versions
# description: |
#   `apk add foo` installs whatever the Alpine mirror has that day. Pin each package as
#   `foo=1.2.3-r0`, or constrain it (`foo~1.2`, `foo>1.2`). Packages from a variable that
#   cannot be resolved and `.apk` files are not judged; known ARG/ENV values are.
#   The values of `-t/--virtual`, `-X/--repository` and similar options are not packages.
# custom:
#   id: DF002
#   name: apk-unpinned
#   severity: warning
#   aliases: [DL3018]
#   fix: Pin each package as name=version or constrain it with ~.
#   examples:
#     bad: |
#       FROM alpine:3.22
#       RUN apk add --no-cache ca-certificates tzdata
#       COPY app /usr/local/bin/app
#       USER 65532:65532
#       ENTRYPOINT ["/usr/local/bin/app"]
#     good: |
#       FROM alpine:3.22
#       RUN apk add --no-cache ca-certificates=20250619-r0 tzdata=2025b-r0
#       COPY app /usr/local/bin/app
#       USER 65532:65532
#       ENTRYPOINT ["/usr/local/bin/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3018
package ferrolint.general.apk_unpinned

import data.ferrolint.general.lib
import rego.v1

value_opts := {"-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch", "--keys-dir", "--cache-dir", "--repositories-file"}

findings contains {"message": msg, "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "apk"
	pos := lib.positionals(e.args, value_opts)
	pos[0] == "add"
	unpinned := [p | some p in lib.words(e.instr, array.slice(pos, 1, count(pos))); not pinned(p)]
	count(unpinned) > 0
	msg := sprintf("apk add without a version: %s; pin as name=version", [concat(", ", unpinned)])
}

pinned(p) if regex.match(`[=~<>]`, p)

pinned(p) if endswith(p, ".apk")

pinned(p) if lib.unresolved(p)
