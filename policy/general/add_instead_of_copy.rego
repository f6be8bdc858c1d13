# METADATA
# title: ADD of a local file
# description: |
#   ADD fetches URLs and extracts local tar archives; for anything else it does what COPY
#   does, with surprises (a file that happens to be a tar archive gets extracted). Use COPY
#   for plain files and directories. Sources are judged after ARG/ENV substitution; a source
#   whose value is unknown (`ADD $SRC /x`) is not judged, nor are URLs, git repositories,
#   heredocs, tar archives (.tar, .tar.gz, .tgz, .tar.bz2, .tar.xz, .tar.zst, ...) and ADD
#   with --checksum or --keep-git-dir. A `.zip` is not extracted by ADD, so it counts as
#   a plain file.
# custom:
#   id: DF015
#   name: add-instead-of-copy
#   severity: warning
#   aliases: [DL3020]
#   fix: Replace ADD with COPY.
#   examples:
#     bad: |
#       FROM debian:13-slim
#       ADD config.toml /etc/app/config.toml
#       ADD bin/app /usr/local/bin/app
#       USER 65532:65532
#       ENTRYPOINT ["/usr/local/bin/app"]
#     good: |
#       FROM debian:13-slim
#       COPY config.toml /etc/app/config.toml
#       COPY bin/app /usr/local/bin/app
#       USER 65532:65532
#       ENTRYPOINT ["/usr/local/bin/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3020
#     - https://docs.docker.com/build/building/best-practices/#add-or-copy
package ferrolint.general.add_instead_of_copy

import data.ferrolint.general.lib
import rego.v1

findings contains f if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword == "ADD"
	count(instr.heredocs) == 0
	not remote_flag(instr)
	n := count(instr.args)
	n >= 2
	plain := [a | some i, a in instr.args; i < n - 1; local_plain(a.value)]
	count(plain) == n - 1
	f := {
		"message": sprintf("ADD of local files (%s): use COPY; ADD is for URLs and tar archives to extract", [concat(", ", [a.value | some a in plain])]),
		"range": instr.range,
		"fix": {
			"description": "use COPY",
			"safe": true,
			"edits": [{"range": keyword_range(instr), "new_text": copy_word(instr)}],
		},
	}
}

keyword_range(instr) := {"line": instr.range.line, "column": instr.range.column, "end_line": instr.range.line, "end_column": instr.range.column + 3}

# COPY in the case the ADD was written in.
copy_word(instr) := "copy" if startswith(instr.original, "add") else := "COPY"

remote_flag(instr) if {
	some fl in instr.flags
	fl.name in {"checksum", "keep-git-dir"}
}

local_plain(v) if {
	not lib.unresolved(v)
	not regex.match(`^(?i)([a-z][a-z0-9+.-]*://|git@)`, v)
	not regex.match(`(?i)\.(tar|tgz|tbz2?|txz|tzst|tlz|gz|bz2|xz|zst|lz|lzma|tar\.[a-z0-9]+)$`, v)
}
