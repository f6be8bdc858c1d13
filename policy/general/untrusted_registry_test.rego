package ferrolint.general.untrusted_registry_test

import data.ferrolint.general.untrusted_registry as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(specs, trusted) := {f.message | some f in fs} if {
	fs := rule.findings with input as fx.doc(specs) with data.ferrolint.config.trusted_registries as trusted
}

test_untrusted_from_and_copy_from_fire if {
	specs := [fx.stage("quay.io/org/base:1", "b", []), fx.stage("debian:12", "", [fx.copy("--from=gcr.io/x/tool:1 /t /t"), fx.copy("--from=b /a /a")])]
	lint(specs, ["registry.example.com"]) == {
		"quay.io/org/base:1 comes from quay.io, which is not a trusted registry (registry.example.com)",
		"debian:12 comes from docker.io, which is not a trusted registry (registry.example.com)",
		"gcr.io/x/tool:1 comes from gcr.io, which is not a trusted registry (registry.example.com)",
	}
}

test_entries_match_hosts_paths_and_wildcards if {
	specs := [fx.stage("ghcr.io/acme/app:1", "", []), fx.stage("debian:12", "", []), fx.stage("eu.gcr.io/p/x:1", "", []), fx.stage("scratch", "", [])]
	lint(specs, ["ghcr.io/acme", "docker.io", "*.gcr.io"]) == set()
	lint(specs, ["*"]) == set()
	lint([fx.stage("ghcr.io/other/app:1", "", [])], ["ghcr.io/acme"]) == {"ghcr.io/other/app:1 comes from ghcr.io, which is not a trusted registry (ghcr.io/acme)"}
	lint([fx.stage("docker.example.com/x:1", "", [])], ["docker*"]) == set()
}

test_without_configuration_nothing_fires if {
	count(rule.findings) == 0 with input as fx.doc([fx.stage("quay.io/x:1", "", [])])
	count(rule.findings) == 0 with input as fx.doc([fx.stage("quay.io/x:1", "", [])]) with data.ferrolint.config.trusted_registries as []
}
