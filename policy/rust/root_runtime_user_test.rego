package ferrolint.rust.root_runtime_user_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.root_runtime_user as rule
import rego.v1

findings(specs) := fs if {
	fs := rule.findings with input as fx.doc(specs)
}

only(specs) := f if {
	fs := findings(specs)
	count(fs) == 1
	some f in fs
}

build := fx.stage("rust:1.94-slim-trixie", "builder", [fx.run("cargo build --release")])

# runtime(image, body): the builder, then a final stage from image (FROM on line 3).
runtime(image, body) := [build, fx.stage(image, "", body)]

copy_bin := fx.copy("--from=builder /app/target/release/app /app")

# --- firing ---

test_distroless_latest_fires_before_cmd if {
	f := only(runtime("gcr.io/distroless/cc-debian12", [copy_bin, fx.cmd(`["/app"]`)]))
	f.range == fx.rng(3, 6, 35)
	f.message == "final stage runs as root: gcr.io/distroless/cc-debian12 defaults to uid 0 (only the :nonroot and :debug-nonroot tags run as 65532)"
	f.fix.safe
	f.fix.edits == [{"range": fx.rng(5, 1, 1), "new_text": "USER 65532:65532\n"}]
}

test_distroless_root_tags_fire if {
	every image in [
		"gcr.io/distroless/cc-debian13:latest", "gcr.io/distroless/static:debug",
		"gcr.io/distroless/base-debian12:latest-amd64", "gcr.io/distroless/cc",
	] {
		f := only(runtime(image, [copy_bin]))
		contains(f.message, "defaults to uid 0")
	}
}

test_root_base_images_fire if {
	every image in ["debian:bookworm-slim", "ubuntu:24.04", "alpine:3.20", "rust:1.94", "clux/muslrust:stable"] {
		f := only(runtime(image, [copy_bin]))
		contains(f.message, "sets no USER, so it runs as uid 0")
	}
}

test_scratch_fires if {
	f := only(runtime("scratch", [copy_bin, fx.entrypoint(`["/app"]`)]))
	contains(f.message, "scratch has no USER")
}

test_explicit_user_root_fires_on_the_user_instruction if {
	f := only(runtime("gcr.io/distroless/cc-debian13:nonroot", [copy_bin, fx.user("root"), fx.cmd(`["/app"]`)]))
	f.range == fx.rng(5, 1, 10)
	contains(f.message, "USER root (line 5) is its last USER")
	f.fix.edits[0].range == fx.rng(6, 1, 1)
}

test_root_spellings_fire if {
	every u in ["0", "0:0", "root:root", "0:1000"] {
		f := only(runtime("debian:bookworm-slim", [fx.user(u)]))
		f.range.line == 4
	}
}

test_last_user_wins if {
	f := only(runtime("debian:bookworm-slim", [fx.user("app"), fx.run("apt-get update"), fx.user("root")]))
	f.range.line == 6
}

test_inherited_user_root_fires if {
	f := only([
		build,
		fx.stage("debian:bookworm-slim", "base", [fx.user("root")]),
		fx.stage("base", "", [copy_bin]),
	])
	f.range == fx.rng(5, 6, 10)
	contains(f.message, `it inherits USER root from stage "base" (line 4)`)
}

test_default_of_the_chain_root_fires if {
	f := only([
		build,
		fx.stage("debian:bookworm-slim", "base", [fx.run("apt-get update")]),
		fx.stage("base", "", [copy_bin]),
	])
	contains(f.message, "neither it nor the stages it builds on set USER, and debian:bookworm-slim")
}

# --- the fix's position ---

test_fix_goes_after_the_last_run if {
	# CMD comes before a RUN: insert after the last instruction, not before the CMD.
	f := only(runtime("debian:bookworm-slim", [fx.cmd(`["/app"]`), fx.run("apt-get update")]))
	f.fix.edits == [{"range": fx.rng(5, 19, 19), "new_text": "\nUSER 65532:65532"}]
}

test_fix_appends_on_the_next_line_when_the_file_goes_on if {
	d := object.union(fx.doc(runtime("debian:bookworm-slim", [copy_bin])), {"lines": 6})
	fs := rule.findings with input as d
	some f in fs
	f.fix.edits == [{"range": fx.rng(5, 1, 1), "new_text": "USER 65532:65532\n"}]
}

test_fix_appends_at_the_end_of_the_file if {
	f := only(runtime("debian:bookworm-slim", [copy_bin]))
	f.fix.edits == [{"range": fx.rng(4, 49, 49), "new_text": "\nUSER 65532:65532"}]
}

test_fix_uses_the_first_entrypoint_or_cmd if {
	f := only(runtime("alpine:3.20", [copy_bin, fx.entrypoint(`["/app"]`), fx.cmd(`["serve"]`)]))
	f.fix.edits[0].range == fx.rng(5, 1, 1)
}

# --- not firing ---

test_nonroot_tags_pass if {
	every image in ["gcr.io/distroless/cc-debian13:nonroot", "gcr.io/distroless/static:debug-nonroot", "gcr.io/distroless/cc:nonroot-arm64"] {
		count(findings(runtime(image, [copy_bin]))) == 0
	}
}

test_chainguard_passes if {
	count(findings(runtime("cgr.dev/chainguard/static:latest", [copy_bin]))) == 0
	count(findings(runtime("cgr.dev/chainguard/glibc-dynamic", [copy_bin]))) == 0
}

test_non_root_users_pass if {
	every u in ["nonroot:nonroot", "65532", "65532:65532", "appuser", "1000:1000", "nobody:nogroup"] {
		count(findings(runtime("gcr.io/distroless/cc-debian12", [copy_bin, fx.user(u)]))) == 0
	}
}

test_unknown_user_passes if {
	count(findings(runtime("debian:bookworm-slim", [fx.user("${APP_USER}")]))) == 0
}

test_builder_user_does_not_matter if {
	count(findings([
		fx.stage("rust:1.94", "builder", [fx.user("root"), fx.run("cargo build --release")]),
		fx.stage("gcr.io/distroless/cc-debian13:nonroot", "", [copy_bin]),
	])) == 0
}

test_inherited_non_root_user_passes if {
	count(findings([
		build,
		fx.stage("debian:bookworm-slim", "base", [fx.user("app")]),
		fx.stage("base", "", [copy_bin]),
	])) == 0
}

test_unknown_images_pass if {
	every image in ["ghcr.io/acme/runtime:1", "ekidd/rust-musl-builder", "gcr.io/distroless/cc@sha256:0123", "postgres:16"] {
		count(findings(runtime(image, [copy_bin]))) == 0
	}
}
