package ferrolint.general.missing_healthcheck_test

import data.ferrolint.general.missing_healthcheck as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(specs) := fs if {
	fs := rule.findings with input as fx.doc(specs)
}

test_final_stage_without_healthcheck_fires if {
	lint([
		fx.stage("rust:1.94", "build", [fx.run("cargo build --release")]),
		fx.stage("gcr.io/distroless/cc-debian13", "", [fx.entrypoint(`["/app"]`)]),
	]) == {{
		"message": "the final stage has no HEALTHCHECK: Docker cannot tell a hung service from a healthy one",
		"range": fx.rng(3, 6, 35),
	}}
}

test_healthcheck_in_the_final_stage_is_clean if {
	count(lint([fx.stage("debian:12", "", [fx.other("HEALTHCHECK", `CMD ["/app", "healthcheck"]`)])])) == 0
}

test_healthcheck_none_is_clean if {
	count(lint([fx.stage("debian:12", "", [fx.other("HEALTHCHECK", "NONE")])])) == 0
}

test_inherited_from_a_stage_is_clean if {
	count(lint([
		fx.stage("debian:12", "base", [fx.other("HEALTHCHECK", "CMD true")]),
		fx.stage("base", "", [fx.entrypoint(`["/app"]`)]),
	])) == 0
}

test_healthcheck_of_a_stage_not_built_on_does_not_count if {
	count(lint([
		fx.stage("debian:12", "base", [fx.other("HEALTHCHECK", "CMD true")]),
		fx.stage("debian:12", "", [fx.entrypoint(`["/app"]`)]),
	])) == 1
}
