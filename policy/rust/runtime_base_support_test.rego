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

# rust.runtime-bases in .ferrolint.yaml.
allowed(image, bases) := fs if {
	fs := rule.findings with input as doc(image) with data.ferrolint.config as {"rust": {"runtime_bases": bases}}
}

test_runtime_base_outside_the_allowed_list_fires if {
	allowed("debian:trixie-slim", ["gcr.io/distroless/", "cgr.dev/chainguard/static"]) == {{
		"message": "debian:trixie-slim is not an allowed runtime base (rust.runtime-bases: gcr.io/distroless/, cgr.dev/chainguard/static); build the final stage on one of them",
		"range": fx.rng(2, 6, 24),
	}}
	count(allowed("scratch", ["gcr.io/distroless/"])) == 1
	count(allowed("gcr.io/distroless/cc-debian13:debug", ["gcr.io/distroless/cc-debian13:nonroot"])) == 1
}

test_runtime_base_in_the_allowed_list_passes if {
	count(allowed("gcr.io/distroless/cc-debian13:nonroot", ["gcr.io/distroless/"])) == 0
	count(allowed("cgr.dev/chainguard/static@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", ["cgr.dev/chainguard/static"])) == 0
	count(allowed("debian:trixie-slim", ["docker.io/library/debian:trixie"])) == 0
	count(allowed("scratch", ["scratch"])) == 0
}

test_runtime_bases_unset_or_empty_allow_any if {
	count(rule.findings) == 0 with input as doc("debian:trixie-slim")
	count(allowed("debian:trixie-slim", [])) == 0
}

test_runtime_base_through_an_earlier_stage_is_judged if {
	d := fx.doc([
		fx.stage("rust:1.94-slim-trixie", "build", []),
		fx.stage("debian:trixie-slim", "base", []),
		fx.stage("base", "", [fx.cmd(`["/app"]`)]),
	])
	fs := rule.findings with input as d with data.ferrolint.config as {"rust": {"runtime_bases": ["gcr.io/distroless/"]}}
	[[f.range, f.message] | some f in fs] == [[fx.rng(3, 6, 10), "debian:trixie-slim is not an allowed runtime base (rust.runtime-bases: gcr.io/distroless/); build the final stage on one of them"]]
}
