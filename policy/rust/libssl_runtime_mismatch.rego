# METADATA
# title: Runtime image lacks the libssl the binary links
# description: |
#   A stage the final image copies from links OpenSSL dynamically, and the final image has
#   no libssl, or another soname. Signals of dynamic OpenSSL in the builder (rust-images.md
#   §4.7): `libssl-dev` installed with apt, `openssl-dev` with apk without
#   `openssl-libs-static`, `OPENSSL_DIR` set without `OPENSSL_STATIC`, or, when the build
#   context is read, a Cargo.lock with openssl-sys but no openssl-src. A full `rust:<suite>`
#   image or `pkg-config` alone is not taken as a signal: many such builds use rustls.
#   Builds with a `vendored` feature, OPENSSL_STATIC, or a musl target are not judged.
#   The soname follows the builder's Debian suite: bullseye and older link libssl.so.1.1,
#   bookworm and trixie libssl.so.3 (§4.6). Runtimes: distroless static, base-nossl,
#   scratch and Chainguard static/glibc-dynamic have no libssl; distroless base and cc
#   have the soname of their suite; Debian and Ubuntu images are judged only when the
#   final stage installs a libssl package. The binary fails at startup with
#   "libssl.so.3: cannot open shared object file".
#   Fix: run on distroless cc (or base) of the builder's suite, install the matching
#   libssl in a Debian runtime, or build OpenSSL in (`openssl = { features = ["vendored"] }`)
#   or switch to rustls.
# custom:
#   id: RS019
#   name: libssl-runtime-mismatch
#   severity: error
#   aliases: []
#   fix: Run on distroless cc of the builder's Debian suite, or vendor OpenSSL / use rustls.
#   examples:
#     bad: |
#       FROM rust:1.94-bullseye AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENTRYPOINT ["/app"]
#     context:
#       .dockerignore: |
#         target/
#         .git/
#       Cargo.lock: |
#         version = 4
#
#         [[package]]
#         name = "app"
#         version = "0.1.0"
#         dependencies = [
#          "openssl",
#         ]
#
#         [[package]]
#         name = "openssl"
#         version = "0.10.72"
#         source = "registry+https://github.com/rust-lang/crates.io-index"
#         dependencies = [
#          "openssl-sys",
#         ]
#
#         [[package]]
#         name = "openssl-sys"
#         version = "0.9.107"
#         source = "registry+https://github.com/rust-lang/crates.io-index"
#       Cargo.toml: |
#         [package]
#         name = "app"
#         version = "0.1.0"
#         edition = "2021"
#
#         [dependencies]
#         openssl = "0.10"
#   sources:
#     - https://docs.rs/openssl/latest/openssl/#vendored
#     - https://github.com/GoogleContainerTools/distroless/blob/main/base/README.md
#     - https://github.com/LukeMathWalker/cargo-chef/issues/246
package ferrolint.rust.libssl_runtime_mismatch

import data.ferrolint.lib.cargo
import data.ferrolint.lib.images
import data.ferrolint.lib.runtime
import rego.v1

findings contains {
	"message": sprintf(
		"stage %s links OpenSSL dynamically (%s), so the binary needs %s, but %s: it fails at startup with \"%s: cannot open shared object file\"; run on an image with that libssl (e.g. %s), or vendor OpenSSL (the openssl crate's \"vendored\" feature) or use rustls",
		[stage_label(s), signal, needed, problem, needed, suggestion(s)],
	),
	"range": runtime.final.from.range,
} if {
	may_lack_libssl
	not runtime.export_stage
	some s in copied_stages
	signal := dynamic_signal(s)
	not static_openssl(s)
	needed := soname(builder_suite(s))
	problem := runtime_problem(needed)
}

copied_stages contains c.stage if some c in runtime.copies_in

# may_lack_libssl: the final image is one runtime_problem can judge; checked first, as it
# only looks at the final stage.
may_lack_libssl if runtime.final_root.scratch

may_lack_libssl if runtime.final_family in {"distroless", "chainguard"}

may_lack_libssl if {
	runtime.final_family in {"debian", "ubuntu"}
	some c in cargo.chain_runs[runtime.final.index]
	some pkg in c.p.argv
	package_soname[pkg]
}

# dynamic_signal(s): why stage s's chain links libssl dynamically.
dynamic_signal(s) := sprintf("libssl-dev installed at line %d", [lines[0]]) if {
	lines := [c.cmd.range.line | some c in cargo.chain_runs[s]; installs(c.p, {"libssl-dev"})]
	count(lines) > 0
} else := sprintf("openssl-dev installed at line %d", [lines[0]]) if {
	lines := [c.cmd.range.line |
		some c in cargo.chain_runs[s]
		installs(c.p, {"openssl-dev"})
		not installs(c.p, {"openssl-libs-static"})
	]
	count(lines) > 0
} else := "OPENSSL_DIR is set without OPENSSL_STATIC" if {
	some c in cargo.chain_runs[s]
	cargo.produces_binary(c.p)
	c.instr.env.OPENSSL_DIR
} else := "Cargo.lock has openssl-sys but not openssl-src" if {
	input.context.cargo_lock.openssl_sys
	not input.context.cargo_lock.openssl_src
}

installs(p, pkgs) if {
	p.program in {"apt-get", "apt", "apk"}
	some a in p.argv
	a in pkgs
}

static_openssl(s) if {
	some c in cargo.chain_runs[s]
	cargo.produces_binary(c.p)
	some a in c.p.argv
	contains(a, "vendored")
}

static_openssl(s) if {
	some c in cargo.chain_runs[s]
	cargo.produces_binary(c.p)
	c.instr.env.OPENSSL_STATIC
}

static_openssl(s) if {
	some c in cargo.chain_runs[s]
	cargo.produces_binary(c.p)
	some t in cargo.targets(c.p)
	contains(t, "musl")
}

static_openssl(s) if {
	root := cargo.root_of[s]
	images.is_alpine_rust(root)
}

static_openssl(s) if images.family(cargo.root_of[s]) in {"alpine", "muslrust", "rust-musl-cross", "rust-musl-builder"}

builder_suite(s) := images.rust_suite(root) if {
	root := cargo.root_of[s]
	images.family(root) in {"rust", "cargo-chef"}
}

builder_suite(s) := images.debian_suite(root.tag) if {
	root := cargo.root_of[s]
	images.family(root) == "debian"
}

soname(suite) := "libssl.so.3" if suite in {"bookworm", "trixie"}

soname(suite) := "libssl.so.1.1" if suite in {"bullseye", "buster", "stretch"}

# runtime_problem: why the final image cannot give the binary that soname.
runtime_problem(needed) := sprintf("%s has no libssl", [images.display(runtime.final_root)]) if {
	runtime.final_root.scratch
} else := sprintf("%s has no libssl", [images.display(runtime.final_root)]) if {
	images.distroless_parts(runtime.final_root).kind in {"static", "base-nossl"}
} else := sprintf("%s has no libssl", [images.display(runtime.final_root)]) if {
	images.repo_path(runtime.final_root) in {"cgr.dev/chainguard/static", "cgr.dev/chainguard/glibc-dynamic"}
} else := sprintf("%s has %s (Debian %s)", [images.display(runtime.final_root), have, p.suite]) if {
	p := images.distroless_parts(runtime.final_root)
	p.kind in {"base", "cc"}
	have := soname(p.suite)
	have != needed
} else := sprintf("the final stage installs %s, which provides %s", [pkgs[0], package_soname[pkgs[0]]]) if {
	images.family(runtime.final_root) in {"debian", "ubuntu"}
	pkgs := [pkg |
		some c in cargo.chain_runs[runtime.final.index]
		c.p.program in {"apt-get", "apt"}
		some pkg in c.p.argv
		package_soname[pkg]
	]
	count(pkgs) > 0
	every pkg in pkgs {
		package_soname[pkg] != needed
	}
}

package_soname := {"libssl1.1": "libssl.so.1.1", "libssl3": "libssl.so.3", "libssl3t64": "libssl.so.3"}

suggestion(s) := sprintf("gcr.io/distroless/cc-debian%s", [images.suite_number[suite]]) if {
	suite := builder_suite(s)
	suite in {"bookworm", "trixie"}
} else := sprintf("debian:%s-slim with libssl1.1", [builder_suite(s)]) if {
	builder_suite(s)
} else := "gcr.io/distroless/cc-debian13"

stage_label(i) := sprintf("%q", [input.stages[i].name]) if input.stages[i].name != ""

stage_label(i) := sprintf("%d", [i]) if input.stages[i].name == ""
