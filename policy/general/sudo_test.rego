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
