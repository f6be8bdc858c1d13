package ferrolint.lib.fixes_test

import data.ferrolint.lib.fixes
import data.ferrolint.lib.fixtures as fx
import rego.v1

test_point_is_empty if {
	fixes.point(3, 7) == {"line": 3, "column": 7, "end_line": 3, "end_column": 7}
}

test_delete_lines_takes_the_line_ending if {
	instr := {"range": {"line": 4, "column": 3, "end_line": 5, "end_column": 9}}
	fixes.delete_lines(instr).range == {"line": 4, "column": 1, "end_line": 6, "end_column": 1}
	fixes.delete_lines(instr).new_text == ""
}

test_workdir_joins_relative_dirs if {
	doc := fx.doc([
		fx.stage("rust:1.94", "base", [fx.other("WORKDIR", "/srv"), fx.other("WORKDIR", "app/")]),
		fx.stage("base", "", [fx.other("WORKDIR", "./api"), fx.run("cargo build")]),
	])
	stage := doc.stages[1]
	fixes.workdir(stage, 5) == "/srv/app/api" with input as doc
	fixes.workdir(stage, 4) == "/srv/app" with input as doc
	fixes.workdir(doc.stages[0], 1) == "/" with input as doc
}

test_workdir_restarts_at_an_absolute_dir if {
	doc := fx.doc([fx.stage("rust:1.94", "", [fx.other("WORKDIR", "x"), fx.other("WORKDIR", "/app"), fx.other("WORKDIR", "src")])])
	fixes.workdir(doc.stages[0], 9) == "/app/src" with input as doc
	fixes.workdir(doc.stages[0], 2) == "/x" with input as doc
}

test_join_and_clean if {
	fixes.join("/app", "./target/release/api") == "/app/target/release/api"
	fixes.join("/app", "/usr/local/bin/api") == "/usr/local/bin/api"
	fixes.join("/", "target//release/") == "/target/release"
	fixes.clean("/") == "/"
}

test_exec_form if {
	fixes.exec_form(["/app", "--port", "80"]) == `["/app", "--port", "80"]`
	fixes.exec_form(["/app"]) == `["/app"]`
}
