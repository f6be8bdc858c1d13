# METADATA
# title: Edit helpers for the fixes of the Rust pack
# description: |
#   Builds the pieces of the text edits that fixes return (policy/README.md, "A rule"):
#   insertion points, whole-line deletions, the working directory an instruction runs
#   in, and exec-form JSON arrays. Edits are applied by the fix package; an insertion
#   is an empty range and new text uses "\n" (the fix package writes the file's own
#   line ending).
package ferrolint.lib.fixes

import data.ferrolint.lib.cargo
import rego.v1

# point is an empty range: an insertion at line:column.
point(line, column) := {"line": line, "column": column, "end_line": line, "end_column": column}

# insert_before inserts text (whole lines) before the line an instruction starts on.
insert_before(instr, text) := {"range": point(instr.range.line, 1), "new_text": text}

# delete_lines removes an instruction's lines with their line ending. The instruction
# must not end on the file's last line (there is no position after it).
delete_lines(instr) := {
	"range": {"line": instr.range.line, "column": 1, "end_line": instr.range.end_line + 1, "end_column": 1},
	"new_text": "",
}

# workdir is the working directory of instruction number index of a stage: its WORKDIRs
# and those of the stages it builds on, relative ones joined to the one before; "/"
# when none is set (the Rust and Debian images set none). Variables stay as written.
workdir(stage, index) := clean(concat("/", workdir_parts(ws))) if {
	ws := [x.args[0].value |
		some x in cargo.timeline(stage)
		x.keyword == "WORKDIR"
		x.index < index
		count(x.args) > 0
	]
}

workdir_parts(ws) := array.slice(ws, last, count(ws)) if {
	abs := [j | some j, w in ws; startswith(w, "/")]
	count(abs) > 0
	last := abs[count(abs) - 1]
}

workdir_parts(ws) := array.concat(["/"], ws) if {
	count([j | some j, w in ws; startswith(w, "/")]) == 0
}

# join resolves a path against a directory.
join(_, path) := clean(path) if startswith(path, "/")

join(dir, path) := clean(concat("/", [dir, path])) if not startswith(path, "/")

# clean drops "." segments, doubled and trailing slashes: "/app/./target/" is "/app/target".
clean(path) := c if {
	p := regex.replace(regex.replace(concat("", [path, "/"]), `/(\./)+`, "/"), `/+`, "/")
	t := trim_right(p, "/")
	c := nonempty(t)
}

nonempty("") := "/"

nonempty(s) := s if s != ""

# exec_form writes an exec-form argument list: ["/app", "--port", "8080"].
exec_form(args) := concat("", ["[", concat(", ", [json.marshal(a) | some a in args]), "]"])
