package ferrolint.general.npm_unpinned_test

import data.ferrolint.general.npm_unpinned as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("node:22", "", body)])
}

test_unpinned_and_latest_fire if {
	fs := lint([fx.run("npm install -g typescript @scope/pkg left-pad@1.3.0 nodemon@latest")])
	fs == {{"message": "npm install without a version: typescript, @scope/pkg, nodemon@latest; pin as name@version", "range": fx.rng(2, 5, 71)}}
}

test_bare_install_ci_and_pinned_are_clean if {
	count(lint([fx.run("npm install")])) == 0
	count(lint([fx.run("npm ci")])) == 0
	count(lint([fx.run("npm i @scope/pkg@2.0.0 ./local git+https://github.com/a/b.git#v1 user/repo#v2")])) == 0
}
