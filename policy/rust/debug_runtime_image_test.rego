package ferrolint.rust.debug_runtime_image_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.debug_runtime_image as rule
import rego.v1

build := fx.stage("rust:1.94-slim-trixie", "build", [fx.run("cargo build --release --locked")])

runtime(image, body) := fx.doc([build, fx.stage(image, "", body)])

test_debug_tag_with_cmd_fires if {
	fs := rule.findings with input as runtime("gcr.io/distroless/cc-debian13:debug", [fx.cmd(`["/app"]`)])
	fs == {{
		"message": "gcr.io/distroless/cc-debian13:debug is a debugging image: it adds a busybox shell and sets ENTRYPOINT [\"/busybox/sh\"], so this CMD runs as `/busybox/sh <binary>` and fails; ship the :nonroot tag instead",
		"range": fx.rng(3, 6, 41),
	}}
}

test_debug_tag_with_own_entrypoint_still_fires if {
	fs := rule.findings with input as runtime("gcr.io/distroless/static-debian13:debug-nonroot", [fx.entrypoint(`["/app"]`)])
	some f in fs
	endswith(f.message, "ENTRYPOINT [\"/busybox/sh\"]; ship the :nonroot tag instead")
}

test_production_tags_and_builder_stages_pass if {
	count(rule.findings) == 0 with input as runtime("gcr.io/distroless/cc-debian13:nonroot", [fx.cmd(`["/app"]`)])
	count(rule.findings) == 0 with input as fx.doc([fx.stage("gcr.io/distroless/cc-debian13:debug", "dbg", []), fx.stage("gcr.io/distroless/cc-debian13", "", [])])
}
