package ferrolint.rust.shell_form_without_shell_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.shell_form_without_shell as rule
import rego.v1

build := fx.stage("rust:1.94-slim-trixie", "build", [fx.run("cargo build --release --locked")])

runtime(image, body) := fx.doc([build, fx.stage(image, "", body)])

copy_bin := fx.copy("--from=build /app/target/release/app /app")

test_shell_form_entrypoint_on_distroless_fires if {
	fs := rule.findings with input as runtime("gcr.io/distroless/cc-debian13:nonroot", [copy_bin, fx.entrypoint("/app --port 8080")])
	fs == {{
		"message": "ENTRYPOINT in shell form runs /bin/sh -c \"/app --port 8080\", but gcr.io/distroless/cc-debian13:nonroot has no shell (only the :debug distroless tags have busybox): the container cannot start; write it as a JSON array, e.g. ENTRYPOINT [\"/app\",\"--port\",\"8080\"]",
		"range": fx.rng(5, 1, 28),
	}}
}

test_shell_form_cmd_on_scratch_fires if {
	fs := rule.findings with input as runtime("scratch", [copy_bin, fx.cmd("/app")])
	some f in fs
	contains(f.message, "scratch has no /bin/sh")
	count(fs) == 1
}

test_only_the_effective_cmd_counts if {
	fs := rule.findings with input as runtime("scratch", [copy_bin, fx.cmd("/app"), fx.cmd(`["/app"]`)])
	count(fs) == 0
}

test_images_with_a_shell_are_left_to_df019 if {
	every image in ["debian:trixie-slim", "gcr.io/distroless/cc-debian13:debug", "cgr.dev/chainguard/glibc-dynamic:latest-dev", "alpine:3.23"] {
		count(rule.findings) == 0 with input as runtime(image, [copy_bin, fx.cmd("/app")])
	}
}

test_a_copied_busybox_gives_a_shell if {
	fs := rule.findings with input as runtime("scratch", [fx.copy("--from=busybox:1.37 /bin/busybox /bin/busybox"), copy_bin, fx.cmd("/app")])
	count(fs) == 0
}
