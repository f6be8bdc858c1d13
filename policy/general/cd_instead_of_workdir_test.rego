package ferrolint.general.cd_instead_of_workdir_test

import data.ferrolint.general.cd_instead_of_workdir as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

test_run_starting_with_cd_fires if {
	lint([fx.run("cd /app && make")]) == {{"message": "RUN starts with cd /app: use WORKDIR /app, which lasts for the following instructions", "range": fx.rng(2, 5, 12)}}
	count(lint([fx.run("mkdir -p /src && cd /src && make")])) == 1
}

test_cd_into_what_the_run_made_is_clean if {
	count(lint([fx.run("git clone https://x/y.git && cd y && make")])) == 0
	count(lint([fx.run("cd - && ls")])) == 0
	count(lint([fx.run("cd $DIR && make")])) == 0
}

# ONBUILD RUN <text>: the RUN of fx.run becomes the trigger of an ONBUILD.
onbuild(text) := fs if {
	d := fx.doc([fx.stage("debian:12", "", [fx.run(text)])])
	run := d.stages[0].instructions[1]
	ob := object.union(run, {"keyword": "ONBUILD", "commands": [], "trigger": run})
	fs := rule.findings with input as json.patch(d, [{"op": "replace", "path": "/stages/0/instructions/1", "value": ob}])
}

# ONBUILD WORKDIR would change the child's working directory for good.
test_cd_in_onbuild_run_is_clean if {
	count(onbuild("cd /app && make")) == 0
	count(lint([fx.run("cd /app && make")])) == 1
}
