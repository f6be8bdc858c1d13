package ferrolint.general.unpinned_base_image_test

import data.ferrolint.general.unpinned_base_image as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(image) := {f.message | some f in fs} if {
	fs := rule.findings with input as fx.doc([fx.stage(image, "", [])])
}

test_untagged_and_latest_fire if {
	lint("debian") == {"FROM debian has no tag, so it floats with :latest: pin a version or digest"}
	lint("ghcr.io/org/app:latest") == {"FROM ghcr.io/org/app:latest floats: pin a version or digest"}
}

test_tags_digests_scratch_stages_and_rust_images_are_clean if {
	every image in ["debian:12-slim", "scratch", "rust:latest", "alpine@sha256:0000000000000000000000000000000000000000000000000000000000000000"] {
		lint(image) == set()
	}
	count(rule.findings) == 0 with input as fx.doc([fx.stage("debian:12", "base", []), fx.stage("base", "", [])])
}
