package ferrolint.rust.runtime_base_support_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.runtime_base_support as rule
import rego.v1

doc(image) := fx.doc([fx.stage("rust:1.94-slim-trixie", "build", []), fx.stage(image, "", [fx.cmd(`["/app"]`)])])

only(image) := f if {
	fs := rule.findings with input as doc(image)
	count(fs) == 1
	some f in fs
}

test_debian12_is_past_end_of_life if {
	f := only("gcr.io/distroless/cc-debian12:nonroot")
	f == {
		"message": "gcr.io/distroless/cc-debian12:nonroot reached end of life in September 2026 and gets no more security updates; move to gcr.io/distroless/cc-debian13:nonroot (glibc 2.41: build on a trixie image)",
		"range": fx.rng(2, 6, 43),
		"severity": "warning",
	}
}

test_debian11_and_floating_and_chainguard if {
	only("gcr.io/distroless/static-debian11").severity == "warning"
	f := only("gcr.io/distroless/cc:nonroot")
	f.severity == "info"
	contains(f.message, "e.g. gcr.io/distroless/cc-debian13:nonroot")
	only("cgr.dev/chainguard/glibc-dynamic:latest").severity == "info"
}

test_supported_and_pinned_pass if {
	every image in [
		"gcr.io/distroless/cc-debian13:nonroot",
		"gcr.io/distroless/cc@sha256:0123456789abcdef",
		"cgr.dev/chainguard/static@sha256:0123456789abcdef",
		"debian:trixie-slim",
	] {
		count(rule.findings) == 0 with input as doc(image)
	}
}
