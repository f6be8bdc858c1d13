package ferrolint.general.apt_get_unpinned_test

import data.ferrolint.general.apt_get_unpinned as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

test_unpinned_packages_fire if {
	fs := lint([fx.run("apt-get install -y curl git=1:2.39.5-0 ./local.deb")])
	fs == {{"message": "apt-get install without a version: curl; pin as name=version", "range": fx.rng(2, 5, 55)}}
}

test_option_values_are_not_packages if {
	fs := lint([fx.run("apt-get -o Dpkg::Options::=--force-confnew install -t bookworm-backports -y curl")])
	some f in fs
	f.message == "apt-get install without a version: curl; pin as name=version"
}

# apt-get install $PKGS with ARG PKGS="curl git=1": the model substitutes one word.
test_arg_values_are_split_and_judged if {
	doc := fx.doc([fx.stage("debian:12", "", [fx.run("apt-get install -y PKGS")])])
	patched := json.patch(doc, [
		{"op": "replace", "path": "/stages/0/instructions/1/commands/0/args/3", "value": "curl git=1"},
		{"op": "replace", "path": "/stages/0/instructions/1/commands/0/argv/3", "value": "curl git=1"},
	])
	fs := rule.findings with input as patched
	[f.message | some f in fs] == ["apt-get install without a version: curl; pin as name=version"]
}

test_pinned_unknown_and_other_commands_stay_clean if {
	count(lint([fx.run("apt-get install -y curl=8.5 $PKGS foo/bookworm-backports")])) == 0
	count(lint([fx.run("apt-get update")])) == 0
	count(lint([fx.run("apt-cache show curl")])) == 0
}
