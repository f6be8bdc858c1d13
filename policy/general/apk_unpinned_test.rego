package ferrolint.general.apk_unpinned_test

import data.ferrolint.general.apk_unpinned as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("alpine:3.20", "", body)])
}

test_unpinned_fires_and_virtual_name_is_not_a_package if {
	fs := lint([fx.run("apk add --no-cache --virtual .build-deps gcc musl-dev=1.2.5-r0")])
	fs == {{"message": "apk add without a version: gcc; pin as name=version", "range": fx.rng(2, 5, 67)}}
}

test_constraints_files_and_variables_are_clean if {
	count(lint([fx.run("apk add --no-cache curl~8 bash>5 ./x.apk $DEPS")])) == 0
	count(lint([fx.run("apk del gcc")])) == 0
}
