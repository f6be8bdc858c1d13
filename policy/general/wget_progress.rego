# METADATA
# title: wget without --progress
# description: |
#   wget draws a progress bar that becomes thousands of log lines in a build without a
#   terminal. Use `--progress=dot:giga`, or quiet it (`-q`, `-nv`), or send its log to a
#   file (`-o`, `-a`).
# custom:
#   id: DF035
#   name: wget-progress
#   severity: info
#   aliases: [DL3047]
#   fix: Add --progress=dot:giga (or -q).
#   examples:
#     bad: |
#       FROM buildpack-deps:bookworm-curl
#       RUN wget -O /usr/local/bin/jq https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-amd64 \
#           && chmod +x /usr/local/bin/jq
#       USER 1000
#     good: |
#       FROM buildpack-deps:bookworm-curl
#       RUN wget --progress=dot:giga -O /usr/local/bin/jq https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-amd64 \
#           && chmod +x /usr/local/bin/jq
#       USER 1000
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3047
package ferrolint.general.wget_progress

import data.ferrolint.general.lib
import rego.v1

quiet_long := {"--progress", "--quiet", "--no-verbose", "--output-file", "--append-output"}

findings contains {"message": "wget without --progress fills the build log with its progress bar: add --progress=dot:giga or -q", "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "wget"
	not lib.has_flag(e.args, quiet_long, {"q", "o", "a"})
	not "-nv" in e.args
	not "--help" in e.args
	not "--version" in e.args
}
