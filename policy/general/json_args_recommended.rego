# METADATA
# title: CMD or ENTRYPOINT in shell form
# description: |
#   `CMD app --flag` runs `/bin/sh -c "app --flag"`: the shell is PID 1, so SIGTERM from
#   `docker stop` or Kubernetes never reaches the app, which is killed after the grace
#   period; the image also needs a shell (distroless has none). Use the JSON form
#   `CMD ["app", "--flag"]`. Not judged: stages whose files are not in the image, stages
#   with a SHELL instruction (a chosen shell, as BuildKit's JSONArgsRecommended), and
#   commands that start with `exec` (the shell replaces itself, so signals arrive). The
#   safe fix writes the JSON form only for a plain command that means the same without a
#   shell (no variables, quotes, escapes, globs, `~`, operators, redirections or comments),
#   and not where the array would meet a CMD or ENTRYPOINT it combines with.
# custom:
#   id: DF019
#   name: json-args-recommended
#   severity: warning
#   aliases: [DL3025, JSONArgsRecommended]
#   fix: Write the command as a JSON array, e.g. CMD ["app", "--flag"].
#   examples:
#     bad: |
#       FROM python:3.13-slim
#       WORKDIR /app
#       COPY . .
#       USER 65532:65532
#       CMD gunicorn --bind 0.0.0.0:8000 app:app
#     good: |
#       FROM python:3.13-slim
#       WORKDIR /app
#       COPY . .
#       USER 65532:65532
#       CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3025
#     - https://docs.docker.com/reference/build-checks/json-args-recommended/
#     - https://docs.docker.com/build/building/best-practices/#cmd
package ferrolint.general.json_args_recommended

import data.ferrolint.general.lib
import data.ferrolint.lib.fixes
import rego.v1

findings contains f if {
	some s in input.stages
	lib.image_stages[s.index]
	some instr in s.instructions
	instr.keyword in {"CMD", "ENTRYPOINT"}
	instr.form == "shell"
	count(lib.shell_of(s, instr)) == 0
	not startswith(trim_space(instr.args[0].value), "exec ")
	msg := sprintf("%s in shell form runs under /bin/sh, which does not pass signals on: use the JSON form", [instr.keyword])
	f := object.union({"message": msg, "range": instr.range}, fix(s, instr))
}

# fix: the exec form, only when it runs exactly what the shell would have run:
# one plain simple command whose source text has no shell syntax at all.
fix(s, instr) := {"fix": {
	"description": "write the command as a JSON array",
	"safe": true,
	"edits": [{"range": instr.args[0].range, "new_text": fixes.exec_form(words)}],
}} if {
	words := plain_words(instr)
	not changes_arguments(s, instr)
} else := {}

# plain_words: the words of a one-line shell-form argument whose source text is its
# value and has nothing a shell would interpret.
plain_words(instr) := words if {
	arg := instr.args[0]
	arg.range.line == arg.range.end_line
	instr.range.line == instr.range.end_line
	text := substring(instr.original, arg.range.column - instr.range.column, arg.range.end_column - arg.range.column)
	text == arg.value
	not regex.match(`[$\x60'"\\*?\[|&;<>(){}#\n\r]|(^|\s)~`, text)
	words := regex.split(`\s+`, trim_space(text))
	not shell_word(words[0])
	not regex.match(`^[A-Za-z_][A-Za-z0-9_]*=`, words[0])
	count(instr.commands) == 1
	cmd := instr.commands[0]
	count(cmd.redirects) == 0
	not cmd.wrapped
	cmd.args == words
}

# Reserved words and builtins that are no program on PATH outside a shell.
shell_word(w) if w in {
	"!", ".", ":", "alias", "break", "case", "cd", "command", "continue", "eval", "exec",
	"exit", "export", "for", "function", "if", "read", "readonly", "return", "set",
	"shift", "source", "time", "times", "trap", "type", "ulimit", "umask", "unalias",
	"unset", "until", "wait", "while",
}

# changes_arguments: the exec form would combine with the other instruction. An exec-form
# ENTRYPOINT appends the CMD of its stage or of a stage built on it (the shell form
# ignores it), and a CMD becomes the arguments of an ENTRYPOINT of its stage or of a
# stage it is built on.
changes_arguments(s, instr) if {
	instr.keyword == "ENTRYPOINT"
	some i in s.instructions
	i.keyword == "CMD"
}

changes_arguments(s, instr) if {
	instr.keyword == "ENTRYPOINT"
	some d in input.stages
	s.index in d.ancestors
	some i in d.instructions
	i.keyword == "CMD"
}

changes_arguments(s, instr) if {
	instr.keyword == "CMD"
	some a in array.concat([s.index], s.ancestors)
	some i in input.stages[a].instructions
	i.keyword == "ENTRYPOINT"
}
