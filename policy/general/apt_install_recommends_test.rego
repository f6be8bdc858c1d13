package ferrolint.general.apt_install_recommends_test

import data.ferrolint.general.apt_install_recommends as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

test_missing_flag_fires if {
	lint([fx.run("apt-get install -y curl")]) == {{"message": "apt-get install without --no-install-recommends also installs recommended packages", "range": fx.rng(2, 5, 28)}}
}

test_flag_option_and_config_are_clean if {
	count(lint([fx.run("apt-get install -y --no-install-recommends curl")])) == 0
	count(lint([fx.run("apt-get install -y -o APT::Install-Recommends=false curl")])) == 0
	count(lint([fx.run(`echo APT::Install-Recommends "false"; > /etc/apt/apt.conf.d/99norec`), fx.run("apt-get install -y curl")])) == 0
}
