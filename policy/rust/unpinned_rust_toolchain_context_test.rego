package ferrolint.rust.unpinned_rust_toolchain_context_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.unpinned_rust_toolchain as rule
import rego.v1

doc(image, channel) := object.union(fx.doc([fx.stage(image, "", [])]), {"context": {
	"dir": ".",
	"rust_toolchain": {"file": "rust-toolchain.toml", "channel": channel},
}})

test_pinned_toolchain_file_leaves_only_the_os if {
	fs := rule.findings with input as doc("rust:1-slim", "1.94.1")
	[f.message | some f in fs] == ["rust:1-slim takes its Rust version from rust-toolchain.toml (channel 1.94.1) but names no Debian suite, so the OS and glibc of the build float (rust:1 and rust:latest moved from bookworm to trixie on 2025-08-19); name the suite, e.g. rust:1-slim-trixie"]
	some f in rule.findings with input as doc("rust:latest", "1.94.1")
	contains(f.message, "e.g. rust:trixie")
}

test_pinned_toolchain_file_and_a_suite_pass if {
	count(rule.findings) == 0 with input as doc("rust:1-slim-bookworm", "1.94.1")
	count(rule.findings) == 0 with input as doc("rust:1-alpine3.23", "1.94")
}

test_floating_channel_keeps_the_finding if {
	some f in rule.findings with input as doc("rust:1-slim-bookworm", "stable")
	contains(f.message, "pins only the major version")
}
