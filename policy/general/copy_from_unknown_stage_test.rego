package ferrolint.general.copy_from_unknown_stage_test

import data.ferrolint.general.copy_from_unknown_stage as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(specs) := {f.message | some f in fs} if {
	fs := rule.findings with input as fx.doc(specs)
}

test_unknown_name_fires if {
	lint([fx.stage("rust:1.94", "build", []), fx.stage("debian:12", "", [fx.copy("--from=builder /a /a")])]) == {"--from=builder names no stage, so BuildKit pulls the image docker.io/library/builder: a typo for a stage name?"}
}

test_later_stage_and_index_fire if {
	lint([fx.stage("debian:12", "", [fx.copy("--from=tools /a /a")]), fx.stage("debian:12", "tools", [])]) == {"--from=tools names the stage on line 3, which comes later: BuildKit pulls the image tools instead"}
	lint([fx.stage("debian:12", "", [fx.copy("--from=1 /a /a")]), fx.stage("debian:12", "", [])]) == {"--from=1 is stage 1, which is not before this one (stage 0)"}
}

test_stages_and_images_are_clean if {
	lint([fx.stage("rust:1.94", "build", []), fx.stage("debian:12", "", [
		fx.copy("--from=build /a /a"), fx.copy("--from=0 /a /a"), fx.copy("--from=nginx:1.27 /a /a"),
		fx.copy("--from=ghcr.io/org/img /a /a"), fx.copy("--from=$STAGE /a /a"),
	])]) == set()
}
