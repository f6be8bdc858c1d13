package ferrolint.lib.fixes_test

import data.ferrolint.lib.fixes
import rego.v1

test_point_is_empty if {
	fixes.point(3, 7) == {"line": 3, "column": 7, "end_line": 3, "end_column": 7}
}

test_delete_lines_takes_the_line_ending if {
	instr := {"range": {"line": 4, "column": 3, "end_line": 5, "end_column": 9}}
	fixes.delete_lines(instr).range == {"line": 4, "column": 1, "end_line": 6, "end_column": 1}
	fixes.delete_lines(instr).new_text == ""
}

test_exec_form if {
	fixes.exec_form(["/app", "--port", "80"]) == `["/app", "--port", "80"]`
	fixes.exec_form(["/app"]) == `["/app"]`
}
