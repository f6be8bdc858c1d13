package ferrolint.rust.libssl_runtime_mismatch_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.libssl_runtime_mismatch as rule
import rego.v1

doc(builder, build_body, runtime) := fx.doc([
	fx.stage(builder, "build", build_body),
	fx.stage(runtime, "", [fx.copy("--from=build /app/target/release/app /app")]),
])

ssl := fx.run("apt-get install -y libssl-dev")

build := fx.run("cargo build --release --locked")

test_dynamic_libssl_on_static_runtime_fires if {
	fs := rule.findings with input as doc("rust:1.94-slim-trixie", [ssl, build], "gcr.io/distroless/static-debian13:nonroot")
	fs == {{
		"message": "stage \"build\" links OpenSSL dynamically (libssl-dev installed at line 2), so the binary needs libssl.so.3, but gcr.io/distroless/static-debian13:nonroot has no libssl: it fails at startup with \"libssl.so.3: cannot open shared object file\"; run on an image with that libssl (e.g. gcr.io/distroless/cc-debian13), or vendor OpenSSL (the openssl crate's \"vendored\" feature) or use rustls",
		"range": fx.rng(4, 6, 47),
	}}
}

test_bullseye_builder_on_trixie_cc_fires if {
	fs := rule.findings with input as doc("rust:1.94-slim-bullseye", [ssl, build], "gcr.io/distroless/cc-debian13:nonroot")
	some f in fs
	contains(f.message, "needs libssl.so.1.1, but gcr.io/distroless/cc-debian13:nonroot has libssl.so.3 (Debian trixie)")
}

test_openssl_dir_without_static_fires if {
	fs := rule.findings with input as doc("rust:1.94-slim-trixie", [fx.env("OPENSSL_DIR=/usr"), build], "gcr.io/distroless/static-debian13")
	some f in fs
	contains(f.message, "(OPENSSL_DIR is set without OPENSSL_STATIC)")
}

test_matching_vendored_and_unsignalled_builds_pass if {
	count(rule.findings) == 0 with input as doc("rust:1.94-slim-trixie", [ssl, build], "gcr.io/distroless/cc-debian13:nonroot")
	count(rule.findings) == 0 with input as doc("rust:1.94-slim-trixie", [ssl, fx.run("cargo build --release --features vendored-openssl")], "gcr.io/distroless/static-debian13")
	count(rule.findings) == 0 with input as doc("rust:1.94-trixie", [build], "gcr.io/distroless/static-debian13")
	count(rule.findings) == 0 with input as doc("rust:1.94-slim-trixie", [fx.env("OPENSSL_DIR=/usr"), fx.env("OPENSSL_STATIC=1"), build], "gcr.io/distroless/static-debian13")
}

test_debian_runtime_with_other_libssl_fires if {
	fs := rule.findings with input as fx.doc([
		fx.stage("rust:1.94-slim-bookworm", "build", [ssl, build]),
		fx.stage("debian:bullseye-slim", "", [fx.run("apt-get install -y libssl1.1"), fx.copy("--from=build /app/target/release/app /app")]),
	])
	some f in fs
	contains(f.message, "the final stage installs libssl1.1, which provides libssl.so.1.1")
}
