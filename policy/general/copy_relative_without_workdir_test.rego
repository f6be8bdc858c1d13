package ferrolint.general.copy_relative_without_workdir_test

import data.ferrolint.general.copy_relative_without_workdir as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(specs) := {f.message | some f in fs} if {
	fs := rule.findings with input as fx.doc(specs)
}

test_relative_destination_without_workdir_fires if {
	lint([fx.stage("debian:12", "", [fx.copy("app.py app/")])]) == {"COPY to the relative path app/ with no WORKDIR: it lands under / of debian:12; set WORKDIR first"}
	lint([fx.stage("alpine:3", "", [fx.copy("a a/"), fx.copy("b b/")])]) == {"COPY to the relative path a/ with no WORKDIR: it lands under / of alpine:3; set WORKDIR first"}
}

test_workdir_absolute_paths_and_other_bases_are_clean if {
	lint([fx.stage("debian:12", "", [fx.other("WORKDIR", "/app"), fx.copy("app.py app/")])]) == set()
	lint([fx.stage("debian:12", "", [fx.copy("app.py /app/"), fx.copy("x $DEST")])]) == set()
	lint([fx.stage("node:22", "", [fx.copy(". .")])]) == set()
	lint([fx.stage("scratch", "", [fx.copy("--from=build /app .")])]) == set()
	lint([fx.stage("debian:12", "base", [fx.other("WORKDIR", "/app")]), fx.stage("base", "", [fx.copy(". .")])]) == set()
}
