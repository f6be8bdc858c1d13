# METADATA
# title: apk add without --no-cache
# description: |
#   `apk add` without `--no-cache` keeps the package index in /var/cache/apk. Use
#   `apk add --no-cache` (which also makes a separate `apk update` unnecessary). A cache
#   or tmpfs mount over /var/cache/apk, and `rm -rf /var/cache/apk/*` later in the same
#   RUN, count as cleanup. Only stages whose files end up in the image are judged.
# custom:
#   id: DF011
#   name: apk-cache-kept
#   severity: info
#   aliases: [DL3019]
#   fix: Use apk add --no-cache.
#   examples:
#     bad: |
#       FROM alpine:3.22
#       RUN apk update && apk add ca-certificates=20250619-r0 tzdata=2025b-r0
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
#     - https://github.com/hadolint/hadolint/wiki/DL3019
package ferrolint.general.apk_cache_kept

import data.ferrolint.general.lib
import rego.v1

cache := ["/var/cache/apk"]

findings contains {"message": "apk add without --no-cache keeps the package index in /var/cache/apk", "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "apk"
	pos := lib.positionals(e.args, {"-t", "--virtual", "-X", "--repository", "-p", "--root", "--cache-dir"})
	pos[0] == "add"
	not "--no-cache" in e.args
	lib.image_stages[e.stage.index]
	not lib.cache_mounted(e.instr, cache)
	not removed_after(e)
}

removed_after(e) if {
	some r in lib.run_cmds
	lib.later(e, r)
	lib.removes(r, cache)
}
