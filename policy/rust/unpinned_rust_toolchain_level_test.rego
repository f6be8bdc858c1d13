package ferrolint.rust.unpinned_rust_toolchain_level_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.unpinned_rust_toolchain as rule
import rego.v1

# findings at a pin level set in .ferrolint.yaml (rust.pin-level).
findings(image, level) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage(image, "", [])]) with data.ferrolint.config as {"rust": {"pin_level": level}}
}

test_minor_tag_passes_by_default_and_at_minor if {
	count(rule.findings) == 0 with input as fx.doc([fx.stage("rust:1.77-slim-bookworm", "", [])])
	count(findings("rust:1.77-slim-bookworm", "minor")) == 0
}

test_patch_level_reports_a_minor_tag if {
	findings("rust:1.77-slim-bookworm", "patch") == {{
		"message": "rust:1.77-slim-bookworm pins only the minor version, and the configuration requires pin-level patch: the toolchain still moves to every 1.N.P release; pin a patch version, e.g. rust:1.77.P-slim-bookworm, or a digest",
		"range": fx.rng(1, 6, 29),
	}}
	some f in findings("lukemathwalker/cargo-chef:latest-rust-1.94-trixie", "patch")
	contains(f.message, "e.g. lukemathwalker/cargo-chef:latest-rust-1.94.P-trixie,")
}

test_patch_level_passes_patch_tags_digests_and_dated_nightlies if {
	count(findings("rust:1.77.2-slim-bookworm", "patch")) == 0
	count(findings("rust:1.77@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "patch")) == 0
	count(findings("clux/muslrust:1.94.1-stable", "patch")) == 0
	count(findings("clux/muslrust:nightly-2026-01-05", "patch")) == 0
	count(findings("lukemathwalker/cargo-chef:0.1.71-rust-1.94.1-trixie", "patch")) == 0
}

test_patch_level_does_not_repeat_the_minor_finding if {
	fs := findings("rust:1-slim", "patch")
	count(fs) == 1
	some f in fs
	contains(f.message, "pins only the major version")
}

test_patch_level_accepts_a_patch_channel_in_rust_toolchain if {
	doc := object.union(fx.doc([fx.stage("rust:1.77-slim-bookworm", "", [])]), {"context": {
		"dir": ".",
		"rust_toolchain": {"file": "rust-toolchain.toml", "channel": "1.77.2"},
	}})
	count(rule.findings) == 0 with input as doc with data.ferrolint.config as {"rust": {"pin_level": "patch"}}
}

test_digest_level_reports_any_tag if {
	findings("rust:1.77.2-slim-bookworm", "digest") == {{
		"message": "rust:1.77.2-slim-bookworm has no digest, and the configuration requires pin-level digest: a tag can be pushed again with other content; pin it by digest, e.g. rust:1.77.2-slim-bookworm@sha256:<digest>",
		"range": fx.rng(1, 6, 31),
	}}
	count(findings("rust:1.77.2-slim-bookworm@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "digest")) == 0
}

test_levels_ignore_other_images if {
	count(findings("debian:trixie-slim", "digest")) == 0
	count(findings("gcr.io/distroless/cc-debian13", "patch")) == 0
}
