# METADATA
# title: COPY of a file that .dockerignore excludes
# description: |
#   Files that `.dockerignore` excludes are not sent to the builder, so a COPY or ADD of
#   one fails (or, for a directory, copies less than it says). A source is judged when it
#   or a directory above it matches a pattern, with `*`, `?` and `**` as in Docker's
#   matcher. As in BuildKit's CopyIgnoredFile, nothing is judged when `.dockerignore` has
#   `!` exceptions; sources with wildcards or unresolved variables, `COPY --from` and
#   heredocs are not judged either. Needs the build context (the Dockerfile's folder, or
#   `--context`).
# custom:
#   id: DF051
#   name: copy-ignored-file
#   severity: warning
#   aliases: [CopyIgnoredFile]
#   fix: Remove the pattern from .dockerignore, or stop copying the file.
#   examples:
#     bad: |
#       FROM debian:12.11-slim
#       WORKDIR /opt/app
#       COPY README.md LICENSE ./
#       COPY bin/app /usr/local/bin/app
#       USER 1000
#       ENTRYPOINT ["/usr/local/bin/app"]
#     good: |
#       FROM debian:12.11-slim
#       WORKDIR /opt/app
#       COPY LICENSE ./
#       COPY bin/app /usr/local/bin/app
#       USER 1000
#       ENTRYPOINT ["/usr/local/bin/app"]
#     context:
#       .dockerignore: |
#         .git
#         target
#         *.md
#   sources:
#     - https://docs.docker.com/reference/build-checks/copy-ignored-file/
package ferrolint.general.copy_ignored_file

import data.ferrolint.general.lib
import rego.v1

patterns := [clean(p) | some p in input.context.dockerignore.patterns; trim_space(p) != ""; not startswith(trim_space(p), "#")]

exceptions if {
	some p in input.context.dockerignore.patterns
	startswith(trim_space(p), "!")
}

findings contains {"message": sprintf("%s %s: .dockerignore excludes it (pattern %s), so the builder never sees it", [instr.keyword, a.value, p]), "range": a.range} if {
	input.context.dockerignore.present
	not exceptions
	some s in input.stages
	some instr in s.instructions
	instr.keyword in {"COPY", "ADD"}
	instr.from == ""
	count(instr.heredocs) == 0
	n := count(instr.args)
	some i, a in instr.args
	i < n - 1
	not lib.unresolved(a.value)
	not regex.match(`[*?\[]|^[a-z][a-z0-9+.-]*://|^git@`, a.value)
	path := clean(a.value)
	path != ""
	some p in patterns
	some candidate in prefixes(path)
	glob.match(p, ["/"], candidate)
}

# clean: ./src/ -> src, /src -> src.
clean(p) := trim(trim_prefix(trim_prefix(trim_space(p), "./"), "/"), "/")

# prefixes: a/b/c -> a, a/b, a/b/c (a pattern matching a parent excludes its files).
prefixes(path) := [concat("/", array.slice(parts, 0, k)) | parts := split(path, "/"); some k in numbers.range(1, count(parts))]
