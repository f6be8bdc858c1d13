package ferrolint.general.pointless_command_test

import data.ferrolint.general.pointless_command as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

test_commands_fire_at_their_range if {
	lint([fx.run("ps aux && sudo ifconfig")]) == {
		{"message": "ps in RUN does nothing useful at build time", "range": fx.rng(2, 5, 11)},
		{"message": "ifconfig in RUN does nothing useful at build time", "range": fx.rng(2, 15, 28)},
	}
	lint([fx.run("service nginx start")]) == {{"message": "service in RUN does nothing useful at build time", "range": fx.rng(2, 5, 24)}}
	lint([fx.run("kill 1")]) == {{"message": "kill in RUN does nothing useful at build time", "range": fx.rng(2, 5, 11)}}
	count(lint([fx.run("vim /etc/hosts")])) == 1
}

test_installing_or_probing_is_clean if {
	count(lint([fx.run("apt-get install -y vim procps openssh-client")])) == 0
	count(lint([fx.run("command -v ps")])) == 0
	count(lint([fx.run("echo top")])) == 0
}

test_uses_that_work_in_a_build_are_clean if {
	count(lint([fx.run("service mysql start && mysql -e select")])) == 0
	count(lint([fx.run("kill $PID")])) == 0
	count(lint([fx.run("kill %1")])) == 0
	count(lint([fx.run("vim -es +PlugInstall +qa")])) == 0
	count(rule.findings) == 0 with input as fx.doc([fx.stage("debian:12", "", [{"kw": "RUN", "text": "ssh -T git@github.com", "mounts": [{"type": "ssh", "target": ""}]}])])
}
