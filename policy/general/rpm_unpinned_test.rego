package ferrolint.general.rpm_unpinned_test

import data.ferrolint.general.rpm_unpinned as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("fedora:40", "", body)])
}

test_yum_dnf_zypper_fire if {
	fs := lint([fx.run("yum install -y httpd")])
	fs == {{"message": "yum install without a version: httpd; pin as name-version", "range": fx.rng(2, 5, 25)}}
	some f in lint([fx.run("zypper install -y curl")])
	f.message == "zypper install without a version: curl; pin as name=version"
	count(lint([fx.run("microdnf install -y nginx")])) == 1
}

test_pinned_groups_and_files_are_clean if {
	count(lint([fx.run("dnf install -y httpd-2.4.62 @development ./x.rpm")])) == 0
	count(lint([fx.run("zypper install -y curl=8.6 bash>=5")])) == 0
}
