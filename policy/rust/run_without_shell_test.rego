package ferrolint.rust.run_without_shell_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.run_without_shell as rule
import rego.v1

build := fx.stage("rust:1.94-slim-trixie", "build", [fx.run("cargo build --release --locked")])

runtime(image, body) := fx.doc([build, fx.stage(image, "", body)])

test_shell_run_on_distroless_fires if {
	fs := rule.findings with input as runtime("gcr.io/distroless/static-debian13:nonroot", [fx.run("mkdir -p /data")])
	fs == {{
		"message": "RUN needs /bin/sh, but gcr.io/distroless/static-debian13:nonroot has no shell (only the :debug distroless tags have busybox): `docker build` fails at this step; do the work in the builder stage and COPY the result",
		"range": fx.rng(4, 1, 19),
	}}
}

test_run_on_chainguard_static_fires if {
	fs := rule.findings with input as runtime("cgr.dev/chainguard/static:latest", [fx.run("mkdir /data")])
	count(fs) == 1
}

test_images_with_a_shell_pass if {
	every image in ["debian:trixie-slim", "gcr.io/distroless/cc-debian13:debug-nonroot", "cgr.dev/chainguard/static:latest-dev"] {
		count(rule.findings) == 0 with input as runtime(image, [fx.run("mkdir -p /data")])
	}
}

test_builder_stages_are_not_judged if {
	fs := rule.findings with input as fx.doc([fx.stage("scratch", "a", [fx.run("mkdir /x")]), fx.stage("debian:trixie-slim", "", [])])
	count(fs) == 0
}
