package ferrolint.general.go_install_unpinned_test

import data.ferrolint.general.go_install_unpinned as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("golang:1.23", "", body)])
}

test_latest_fires if {
	fs := lint([fx.run("go install golang.org/x/tools/gopls@latest")])
	fs == {{"message": "go install of a floating version: golang.org/x/tools/gopls@latest; pin @vX.Y.Z", "range": fx.rng(2, 5, 47)}}
}

test_go_get_without_version_fires if {
	count(lint([fx.run("go get github.com/pkg/errors")])) == 1
}

test_pinned_local_and_go_mod_versions_are_clean if {
	count(lint([fx.run("go install golang.org/x/tools/gopls@v0.16.2")])) == 0
	count(lint([fx.run("go install ./cmd/server")])) == 0
	count(lint([fx.run("go install github.com/me/app/cmd/tool")])) == 0
	count(lint([fx.run("go run . --flag x.y@latest")])) == 0
	count(lint([fx.run("go get")])) == 0
}
