package ferrolint.general.useradd_without_l_test

import data.ferrolint.general.useradd_without_l as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

test_large_uid_without_l_fires if {
	lint([fx.run("useradd -u 123456 app")]) == {{"message": "useradd -u 123456 without -l writes a lastlog file sized by the UID into the layer", "range": fx.rng(2, 5, 26)}}
	count(lint([fx.run("useradd --uid=1000000 app")])) == 1
}

test_small_uid_and_l_are_clean if {
	count(lint([fx.run("useradd -u 10001 app")])) == 0
	count(lint([fx.run("useradd -l -u 123456 app")])) == 0
	count(lint([fx.run("useradd --no-log-init -u 123456 app")])) == 0
}
