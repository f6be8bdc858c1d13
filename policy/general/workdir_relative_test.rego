package ferrolint.general.workdir_relative_test

import data.ferrolint.general.workdir_relative as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(specs) := fs if {
	fs := rule.findings with input as fx.doc(specs)
}

test_first_relative_workdir_fires if {
	lint([fx.stage("debian:12", "", [fx.other("WORKDIR", "app")])]) == {{"message": "relative WORKDIR app depends on the base image's working directory: use an absolute path", "range": fx.rng(2, 9, 12)}}
}

test_relative_after_absolute_is_clean if {
	count(lint([fx.stage("debian:12", "", [fx.other("WORKDIR", "/app"), fx.other("WORKDIR", "src")])])) == 0
	count(lint([fx.stage("debian:12", "base", [fx.other("WORKDIR", "/app")]), fx.stage("base", "", [fx.other("WORKDIR", "src")])])) == 0
}

test_absolute_windows_and_variables_are_clean if {
	every w in ["/app", `"/app"`, `C:\app`, "$HOME/app"] {
		count(lint([fx.stage("debian:12", "", [fx.other("WORKDIR", w)])])) == 0
	}
}
