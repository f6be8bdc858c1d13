package ferrolint.general.wget_progress_test

import data.ferrolint.general.wget_progress as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

test_wget_without_progress_fires if {
	lint([fx.run("wget https://x/y")]) == {{"message": "wget without --progress fills the build log with its progress bar: add --progress=dot:giga or -q", "range": fx.rng(2, 5, 21)}}
}

test_quiet_wget_is_clean if {
	every cmd in ["wget -q https://x", "wget -nv https://x", "wget --progress=dot:giga https://x", "wget -qO- https://x", "wget -o log https://x"] {
		count(lint([fx.run(cmd)])) == 0
	}
}
