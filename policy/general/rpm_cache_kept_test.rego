package ferrolint.general.rpm_cache_kept_test

import data.ferrolint.general.rpm_cache_kept as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("rockylinux:9", "", body)])
}

test_install_without_clean_fires if {
	lint([fx.run("yum install -y httpd")]) == {{"message": "yum install leaves its cache in the layer: run yum clean all in the same RUN", "range": fx.rng(2, 5, 25)}}
	some f in lint([fx.run("zypper -n install curl")])
	f.message == "zypper install leaves its cache in the layer: run zypper clean -a in the same RUN"
}

test_clean_after_and_mounts_are_clean if {
	count(lint([fx.run("yum install -y httpd && yum clean all")])) == 0
	count(lint([fx.run("dnf install -y httpd && rm -rf /var/cache/dnf")])) == 0
	count(lint([fx.run_cache("/var/cache/zypp", "zypper -n install curl")])) == 0
}

test_clean_before_install_does_not_count if {
	count(lint([fx.run("yum clean all && yum install -y httpd")])) == 1
}
