package ferrolint.general.install_without_yes_test

import data.ferrolint.general.install_without_yes as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

test_missing_yes_fires_per_manager if {
	lint([fx.run("apt-get install curl")]) == {{"message": "apt-get install without -y would prompt and fail the build", "range": fx.rng(2, 5, 25)}}
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
