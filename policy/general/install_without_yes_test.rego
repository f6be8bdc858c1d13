package ferrolint.general.install_without_yes_test

import data.ferrolint.general.install_without_yes as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

test_missing_yes_fires_per_manager if {
	lint([fx.run("apt-get install curl")]) == {{
		"message": "apt-get install without -y would prompt and fail the build",
		"range": fx.rng(2, 5, 25),
		"fix": {"description": "add -y after install", "safe": true, "edits": [{"range": fx.rng(2, 20, 20), "new_text": " -y"}]},
	}}
	some f in lint([fx.run("yum install httpd")])
	f.message == "yum install without -y would prompt and fail the build"
	some g in lint([fx.run("zypper install curl")])
	g.message == "zypper install without -n would prompt and fail the build"
	count(lint([fx.run("dnf remove httpd")])) == 1
}

test_yes_spellings_are_clean if {
	every cmd in [
		"apt-get install -y curl", "apt-get -qy install curl", "apt-get install --yes curl",
		"apt-get install --assume-yes curl", "apt-get -qq install curl", "apt-get -q -q install curl",
		"apt-get update", "yum -y install httpd", "dnf install --assumeyes httpd",
		"zypper -n install curl", "zypper --non-interactive in curl", "zypper install -y curl",
	] {
		count(lint([fx.run(cmd)])) == 0
	}
}

apt_edits(text) := [f.fix.edits | some f in lint([fx.run(text)])]

test_apt_get_fix_inserts_yes_after_the_subcommand if {
	apt_edits("apt-get update && DEBIAN_FRONTEND=noninteractive  apt-get -q purge x") == [[{"range": fx.rng(2, 71, 71), "new_text": " -y"}]]
	apt_edits("sudo apt-get -o Acquire::Retries=3 install x") == [[{"range": fx.rng(2, 47, 47), "new_text": " -y"}]]
}

test_apt_get_fix_skips_text_it_cannot_place if {
	some text in [`apt-get "install" x`, `A="b c" apt-get install x`, "apt-get $SUB install x", "apt-get install install"]
	fs := lint([fx.run(text)])
	count(fs) == 1
	every f in fs { not f.fix }
}

test_apt_get_fix_skips_onbuild if {
	doc := json.patch(fx.doc([fx.stage("debian:12", "", [fx.other("ONBUILD", "x")])]), [
		{"op": "add", "path": "/stages/0/instructions/1/trigger", "value": object.union(fx.doc([fx.stage("debian:12", "", [fx.run("apt-get install curl")])]).stages[0].instructions[1], {"index": 1})},
	])
	fs := rule.findings with input as doc
	count(fs) == 1
	every f in fs { not f.fix }
}
