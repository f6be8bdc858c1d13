package ferrolint.general.gem_unpinned_test

import data.ferrolint.general.gem_unpinned as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("ruby:3.3", "", body)])
}

test_unpinned_fires if {
	fs := lint([fx.run("gem install bundler rails:7.1.0")])
	fs == {{"message": "gem install without a version: bundler; pin as name:version or pass -v", "range": fx.rng(2, 5, 36)}}
}

test_version_flag_is_clean if {
	count(lint([fx.run("gem install bundler -v 2.5.0")])) == 0
	count(lint([fx.run("gem install --version 2.5.0 bundler")])) == 0
}
