package ferrolint.general.apt_lists_kept_test

import data.ferrolint.general.apt_lists_kept as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(specs) := fs if {
	fs := rule.findings with input as fx.doc(specs)
}

final(body) := [fx.stage("debian:12", "", body)]

test_update_without_cleanup_fires if {
	lint(final([fx.run("apt-get update && apt-get install -y curl")])) == {{"message": "apt-get update leaves /var/lib/apt/lists in the layer: remove it in the same RUN", "range": fx.rng(2, 5, 19)}}
}

test_cleanup_in_a_later_run_does_not_count if {
	count(lint(final([fx.run("apt-get update"), fx.run("rm -rf /var/lib/apt/lists/*")]))) == 1
}

test_cleanup_cache_mount_and_builder_stages_are_clean if {
	count(lint(final([fx.run("apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*")]))) == 0
	count(lint(final([fx.run_cache("/var/lib/apt", "apt-get update && apt-get install -y curl")]))) == 0
	count(lint([fx.stage("debian:12", "build", [fx.run("apt-get update")]), fx.stage("scratch", "", [fx.copy("--from=build /x /x")])])) == 0
}

test_stages_the_final_builds_on_are_judged if {
	count(lint([fx.stage("debian:12", "base", [fx.run("apt-get update")]), fx.stage("base", "", [fx.cmd(`["app"]`)])])) == 1
}
