# METADATA
# title: Edit helpers for the fixes of the Rust pack
# description: |
#   Builds the pieces of the text edits that fixes return (policy/README.md, "A rule"):
#   insertion points, whole-line deletions and exec-form JSON arrays (paths and working
#   directories are in lib/runtime). Edits are applied by the fix package; an insertion
#   is an empty range and new text uses "\n" (the fix package writes the file's own
#   line ending).
package ferrolint.lib.fixes

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

# exec_form writes an exec-form argument list: ["/app", "--port", "8080"].
exec_form(args) := concat("", ["[", concat(", ", [json.marshal(a) | some a in args]), "]"])
