package ferrolint.general.sudo_test

import data.ferrolint.general.sudo as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

test_sudo_fires if {
	lint([fx.run("sudo apt-get update")]) == {{"message": "sudo in RUN: switch users with USER instead", "range": fx.rng(2, 5, 24)}}
}

test_no_sudo_is_clean if {
	count(lint([fx.run("apt-get update"), fx.cmd("sudo -l")])) == 0
}

# ONBUILD RUN <text>: the RUN of fx.run becomes the trigger of an ONBUILD.
onbuild(text) := fs if {
	d := fx.doc([fx.stage("debian:12", "", [fx.run(text)])])
	run := d.stages[0].instructions[1]
	ob := object.union(run, {"keyword": "ONBUILD", "commands": [], "trigger": run})
	fs := rule.findings with input as json.patch(d, [{"op": "replace", "path": "/stages/0/instructions/1", "value": ob}])
}

test_sudo_in_onbuild_run_fires if {
	onbuild("sudo make install") == {{"message": "sudo in RUN: switch users with USER instead", "range": fx.rng(2, 5, 22)}}
}
