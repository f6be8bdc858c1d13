package ferrolint.general.curl_and_wget_test

import data.ferrolint.general.curl_and_wget as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(specs) := fs if {
	fs := rule.findings with input as fx.doc(specs)
}

test_both_in_a_stage_fire_once if {
	lint([fx.stage("debian:12", "", [fx.run("curl -fsSO https://x/a"), fx.run("wget -q https://x/b"), fx.run("wget -q https://x/c")])]) == {{"message": "wget is used here and curl on line 2: one download tool per stage is enough", "range": fx.rng(3, 5, 24)}}
}

test_different_stages_are_clean if {
	count(lint([fx.stage("debian:12", "a", [fx.run("curl -fsSO https://x/a")]), fx.stage("debian:12", "", [fx.run("wget -q https://x/b")])])) == 0
}
