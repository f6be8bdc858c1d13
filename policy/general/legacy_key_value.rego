# METADATA
# title: ENV or LABEL in the legacy "key value" form
# description: |
#   `ENV KEY value` (with a space) is the old form: it sets one variable to the whole rest
#   of the line, so `ENV A 1 B 2` sets A to "1 B 2". Write `ENV KEY=value`. The safe fix
#   writes `KEY="..."` with the same value: the rest of the line, its quotes and escapes
#   rewritten for double quotes and its variables kept (not for a value with an unclosed
#   quote, a `${...}` holding quotes or braces, a continuation line or a non-`\` escape).
# custom:
#   id: DF039
#   name: legacy-key-value
#   severity: style
#   aliases: [LegacyKeyValueFormat]
#   fix: Write KEY=value.
#   examples:
#     bad: |
#       FROM python:3.12-slim
#       ENV PYTHONUNBUFFERED 1
#       WORKDIR /app
#       COPY requirements.txt ./
#       RUN pip install --no-cache-dir -r requirements.txt
#       COPY . .
#       USER 1000
#       CMD ["python", "-m", "app"]
#     good: |
#       FROM python:3.12-slim
#       ENV PYTHONUNBUFFERED=1
#       WORKDIR /app
#       COPY requirements.txt ./
#       RUN pip install --no-cache-dir -r requirements.txt
#       COPY . .
#       USER 1000
#       CMD ["python", "-m", "app"]
#   sources:
#     - https://docs.docker.com/reference/build-checks/legacy-key-value-format/
#     - https://docs.docker.com/reference/dockerfile/#env
package ferrolint.general.legacy_key_value

import rego.v1

findings contains f if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword in {"ENV", "LABEL"}
	regex.match(`^\S+\s+[^\s=]+\s+\S`, instr.original)
	not regex.match(`^\S+\s+[^\s=]+=`, instr.original)
	p := instr.pairs[0]
	msg := sprintf("%s %s value: write %s=value", [instr.keyword, p.key, p.key])
	f := object.union({"message": msg, "range": instr.range}, fix(instr, p))
}

# fix: KEY="value" (KEY=value when no quotes are needed). BuildKit takes the rest of the line, verbatim, as the value and then
# removes its quotes and escapes and expands its variables as in one word; the new text
# is one double-quoted word that the same processing turns into the same value.
fix(instr, p) := {"fix": {
	"description": sprintf("write %s=value", [p.key]),
	"safe": true,
	"edits": [{"range": p.range, "new_text": concat("", [p.key, "=", word(quoted)])}],
}} if {
	input.escape == `\`
	p.range.line == p.range.end_line
	src := substring(instr.original, p.range.column - instr.range.column, p.range.end_column - p.range.column)
	startswith(src, p.key)
	endswith(src, p.raw)
	gap := substring(src, count(p.key), (count(src) - count(p.key)) - count(p.raw))
	regex.match(`^\s+$`, gap)
	quoted := double_quoted(p.raw)
} else := {}

# word: the double-quoted text as a word, without the quotes when nothing in it needs
# them (no space, quote or escape).
word(quoted) := quoted if regex.match(`^[^\s"'\\]+$`, quoted)

word(quoted) := concat("", [`"`, quoted, `"`]) if not regex.match(`^[^\s"'\\]+$`, quoted)

# Pieces of a value as BuildKit's lexer reads them: a single-quoted string, a
# double-quoted one, an escaped character, a variable, any other character.
piece := `'[^']*'|"(?:[^"\\$]|\\.|\$[A-Za-z0-9_]+|\$\{[^{}"'\\$]*\}|\$)*"|\\.|\$[A-Za-z0-9_]+|\$\{[^{}"'\\$]*\}|[^'"\\]`

# double_quoted(raw): the text inside double quotes with the value of raw; undefined
# when raw has pieces this does not read exactly (an unclosed quote, a ${...} with
# quotes or nested braces).
double_quoted(raw) := concat("", [in_quotes(x) | some x in pieces]) if {
	pieces := regex.find_n(piece, raw, -1)
	concat("", pieces) == raw
	count(regex.find_n(`\$\{`, raw, -1)) == count(regex.find_n(`\$\{[^{}"'\\$]*\}`, raw, -1))
}

# in_quotes(x): piece x written inside double quotes, where only \ escapes ", $ and \.
in_quotes(x) := replace(replace(replace(substring(x, 1, count(x) - 2), `\`, `\\`), `"`, `\"`), `$`, `\$`) if startswith(x, `'`)

in_quotes(x) := substring(x, 1, count(x) - 2) if startswith(x, `"`)

in_quotes(x) := x if {
	startswith(x, `\`)
	substring(x, 1, 1) in {`"`, `$`, `\`}
}

in_quotes(x) := substring(x, 1, 1) if {
	startswith(x, `\`)
	not substring(x, 1, 1) in {`"`, `$`, `\`}
}

in_quotes(x) := x if {
	startswith(x, "$")
	count(x) > 1
}

in_quotes("$") := `\$`

in_quotes(x) := x if not regex.match(`^['"\\$]`, x)
