package ferrolint.general.yarn_cache_kept_test

import data.ferrolint.general.yarn_cache_kept as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("node:22", "", body)])
}

test_install_without_clean_fires if {
	lint([fx.run("yarn install --frozen-lockfile")]) == {{"message": "yarn install keeps its package cache in the layer: run yarn cache clean in the same RUN", "range": fx.rng(2, 5, 35)}}
	count(lint([fx.run("yarn")])) == 1
}

test_clean_mount_and_other_commands_are_clean if {
	count(lint([fx.run("yarn install --frozen-lockfile && yarn cache clean")])) == 0
	count(lint([fx.run_cache("/usr/local/share/.cache/yarn", "yarn install")])) == 0
	count(lint([fx.run("yarn build")])) == 0
}
