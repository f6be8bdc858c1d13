# METADATA
# title: Image knowledge for the Rust pack
# description: |
#   What ferrolint knows about the images Rust services are built on and run on: which
#   images are Rust toolchains, which Debian suite and glibc a tag means, each runtime's
#   libc and default user. Every fact comes from /work/shared/docs/rust-images.md (the
#   section is named next to it). Every function takes an image_ref object (from.ref,
#   stage.root or parse_ref's result) and is undefined, never an error, for an image it
#   does not know: rules then stay silent (precision over recall).
package ferrolint.lib.images

import rego.v1

# known_stable_minor is the Rust minor that pinning fixes suggest. docker-rust's
# versions.toml pins rust = "1.94.1" at the snapshot (docker-rust@7668ee2, 2026-04-03),
# so rust:1.94-<variant>-<suite> exists for every suite and variant (rust-images.md §1.1).
# Bump it when a newer stable is published for bullseye, bookworm and trixie.
known_stable_minor := "1.94"

# Debian suites the rust image is still published for (x.py, rust-images.md §1.2),
# oldest first.
rust_debian_suites := ["bullseye", "bookworm", "trixie"]

# The Debian suite unsuffixed tags (rust:1, rust:1.N, rust:latest, rust:slim, debian:latest,
# unsuffixed distroless) mean today (docker-rust 9b9ec24, distroless DEFAULT_DISTRO).
default_suite := "trixie"

# glibc of each Debian suite (§1.4, §4.6). buster and stretch are no longer published;
# their glibc (2.28, 2.24) is Debian's own and only used to judge old runtimes.
suite_glibc := {
	"trixie": "2.41",
	"bookworm": "2.36",
	"bullseye": "2.31",
	"buster": "2.28",
	"stretch": "2.24",
}

# Debian release number of each suite, and back.
suite_number := {"trixie": "13", "bookworm": "12", "bullseye": "11", "buster": "10", "stretch": "9"}

number_suite := {"13": "trixie", "12": "bookworm", "11": "bullseye", "10": "buster", "9": "stretch"}

# glibc_needed is the newest GLIBC_x symbol version that the documented startup failures
# of Rust binaries built on a suite report (§4.6): trixie-built binaries fail on older
# runtimes with "GLIBC_2.38"/"GLIBC_2.39 not found", bookworm-built ones with
# "GLIBC_2.32/2.33/2.34 not found". A binary does not need its builder's newest symbols,
# so a runtime at or above this version runs it (e.g. bookworm-built on ubuntu:22.04).
# For other suites the builder's own glibc is used.
glibc_needed := {"trixie": "2.39", "bookworm": "2.34"}

# --- references ---------------------------------------------------------------------

hub_registries := {"docker.io", "index.docker.io", "registry-1.docker.io", ""}

# repo_path is the registry-qualified repository, Docker Hub normalised:
# "docker.io/library/rust", "gcr.io/distroless/cc-debian12", "cgr.dev/chainguard/static".
repo_path(ref) := concat("/", ["docker.io", hub_repo(ref.repository)]) if {
	ref.valid
	hub_registries[ref.registry]
}

repo_path(ref) := concat("/", [ref.registry, ref.repository]) if {
	ref.valid
	not hub_registries[ref.registry]
}

hub_repo(r) := r if contains(r, "/")

hub_repo(r) := concat("/", ["library", r]) if not contains(r, "/")

# parse_ref splits image text the way from.ref does, for text whose variables could not
# all be resolved (from.missing_args): "rust:${V}-alpine" gives repository library/rust,
# tag "${V}-alpine". Undefined when the name part itself holds a variable.
parse_ref(text) := ref if {
	at := split(text, "@")
	digest := concat("@", array.slice(at, 1, count(at)))
	parts := split(at[0], "/")
	last := parts[count(parts) - 1]
	colon := split(last, ":")
	tag := concat(":", array.slice(colon, 1, count(colon)))
	path := array.concat(array.slice(parts, 0, count(parts) - 1), [colon[0]])
	name := concat("/", path)
	name != ""
	not contains(name, "$")
	reg := registry_of(path)
	repo := concat("/", array.slice(path, count(reg_parts(path)), count(path)))
	ref := {
		"valid": true,
		"scratch": name == "scratch",
		"registry": reg,
		"repository": repository_of(reg, repo),
		"name": name,
		"tag": tag,
		"digest": digest,
	}
}

reg_parts(path) := [path[0]] if {
	count(path) > 1
	looks_like_registry(path[0])
}

reg_parts(path) := [] if {
	count(path) > 1
	not looks_like_registry(path[0])
}

reg_parts(path) := [] if count(path) == 1

looks_like_registry(s) if contains(s, ".")

looks_like_registry(s) if contains(s, ":")

looks_like_registry("localhost")

registry_of(path) := path[0] if {
	count(path) > 1
	looks_like_registry(path[0])
}

registry_of(path) := "docker.io" if {
	count(reg_parts(path)) == 0
}

repository_of("docker.io", repo) := hub_repo(repo)

repository_of(reg, repo) := repo if reg != "docker.io"

# display is how messages name an image: name[:tag][@sha256:0123456789ab].
display(ref) := "scratch" if ref.scratch

display(ref) := concat("", [ref.name, tag_part(ref), digest_part(ref)]) if not ref.scratch

tag_part(ref) := "" if ref.tag == ""

tag_part(ref) := concat("", [":", ref.tag]) if ref.tag != ""

digest_part(ref) := "" if ref.digest == ""

digest_part(ref) := concat("", ["@", substring(ref.digest, 0, 19)]) if ref.digest != ""

# --- families -----------------------------------------------------------------------

# family names what kind of image a reference is. Undefined for images not listed.
# One lookup for the exact repositories, then the prefix and suffix families.
family(ref) := f if {
	f := exact_family[repo_path(ref)]
} else := "scratch" if {
	ref.scratch
} else := "distroless" if {
	startswith(repo_path(ref), "gcr.io/distroless/")
} else := "chainguard" if {
	startswith(repo_path(ref), "cgr.dev/chainguard/")
} else := "rust-musl-cross" if {
	endswith(repo_path(ref), "rust-musl-cross")
} else := "rust-musl-builder" if {
	# ekidd/rust-musl-builder and its forks, blackdex/rust-musl (vaultwarden's builders).
	some suffix in {"/rust-musl-builder", "/blackdex/rust-musl"}
	endswith(repo_path(ref), suffix)
}

# exact_family is a literal, so evaluating it builds nothing. The "root-os" entries are
# official images that set no USER (so run as uid 0) and are not handled otherwise.
exact_family := {
	"docker.io/library/rust": "rust",
	"ghcr.io/rust-lang/rust": "rust",
	"docker.io/rustlang/rust": "rust",
	"docker.io/lukemathwalker/cargo-chef": "cargo-chef",
	"docker.io/clux/muslrust": "muslrust",
	"cgr.dev/chainguard/rust": "chainguard-rust",
	"docker.io/library/debian": "debian",
	"docker.io/library/ubuntu": "ubuntu",
	"docker.io/library/alpine": "alpine",
	"docker.io/library/busybox": "root-os",
	"docker.io/library/buildpack-deps": "root-os",
	"docker.io/library/fedora": "root-os",
	"docker.io/library/centos": "root-os",
	"docker.io/library/amazonlinux": "root-os",
	"docker.io/library/rockylinux": "root-os",
	"docker.io/library/almalinux": "root-os",
	"docker.io/library/nginx": "root-os",
}

# is_rust_toolchain: the images whose tag RS001 judges (rust-images.md §1, §4.4, §5A, §3).
is_rust_toolchain(ref) if family(ref) in {"rust", "cargo-chef", "muslrust", "rust-musl-cross", "chainguard-rust"}

# is_toolchain: every image known to carry rustc and cargo (RS002). Adds the musl builder
# images and other images named after rustup or a Rust builder.
is_toolchain(ref) if is_rust_toolchain(ref)

is_toolchain(ref) if family(ref) == "rust-musl-builder"

is_toolchain(ref) if {
	some suffix in {"/rustup", "/rust-builder"}
	endswith(repo_path(ref), suffix)
}

# --- Rust tags ----------------------------------------------------------------------

# rust_tag is the part of the tag that names the Rust toolchain: the tag of rust images,
# the part after "-rust-" of cargo-chef tags ("" for a chef tag without it).
rust_tag(ref) := ref.tag if family(ref) == "rust"

rust_tag(ref) := substring(ref.tag, i + 6, -1) if {
	family(ref) == "cargo-chef"
	i := indexof(ref.tag, "-rust-")
	i >= 0
}

rust_tag(ref) := substring(ref.tag, 5, -1) if {
	family(ref) == "cargo-chef"
	indexof(ref.tag, "-rust-") < 0
	startswith(ref.tag, "rust-")
}

rust_tag(ref) := "" if {
	family(ref) == "cargo-chef"
	indexof(ref.tag, "-rust-") < 0
	not startswith(ref.tag, "rust-")
}

# chef_part is the cargo-chef version part of a cargo-chef tag ("latest" when absent).
chef_part(ref) := substring(ref.tag, 0, i) if {
	i := indexof(ref.tag, "-rust-")
	i > 0
}

chef_part(ref) := "latest" if indexof(ref.tag, "-rust-") <= 0

# minor_pinned: the tag starts with 1.N (1.N, 1.N.P, 1.N-slim-bookworm, ...).
minor_pinned(tag) if regex.match(`^1\.[0-9]+([.-].*)?$`, tag)

# dated_nightly: nightly-YYYY-MM-DD fixes the toolchain by date (muslrust, rust-musl-builder).
dated_nightly(tag) if regex.match(`^nightly-[0-9]{4}-[0-9]{2}-[0-9]{2}`, tag)

# rust_tag_problem says why a Rust version tag floats (§1.3); undefined when it pins.
rust_tag_problem(tag) := "has no tag, so it means :latest and the Rust toolchain floats" if tag == ""

rust_tag_problem("latest") := "floats the Rust toolchain (latest moves to every new release)"

rust_tag_problem(tag) := "is a nightly tag, rebuilt every day" if {
	startswith(tag, "nightly")
	not dated_nightly(tag)
}

rust_tag_problem(tag) := "pins only the major version: the Rust toolchain floats to every new 1.x release" if {
	regex.match(`^1(-.*)?$`, tag)
}

rust_tag_problem(tag) := "names only an OS variant, not a Rust version: the Rust toolchain floats" if {
	tag != ""
	tag != "latest"
	not startswith(tag, "nightly")
	not regex.match(`^1(-.*)?$`, tag)
	not minor_pinned(tag)
}

# pin_problem explains why a toolchain image reference does not pin the Rust version;
# undefined when it pins (digest, minor or patch tag) or the image is not a toolchain.
pin_problem(ref) := p if {
	ref.digest == ""
	family(ref) in {"rust", "cargo-chef"}
	p := rust_tag_problem(rust_tag(ref))
}

pin_problem(ref) := "can only be pinned by digest: Chainguard publishes :latest only (§3)" if {
	ref.digest == ""
	family(ref) == "chainguard-rust"
}

pin_problem(ref) := "names no Rust version, so the toolchain floats" if {
	ref.digest == ""
	family(ref) in {"muslrust", "rust-musl-cross"}
	not regex.match(`(^|[^0-9.])1\.[0-9]+`, ref.tag)
	not dated_nightly(ref.tag)
}

# --- suites and libc ----------------------------------------------------------------

# suite_in_tag finds a Debian suite named in a tag (by codename or release number).
suite_in_tag(tag) := s if {
	some s, _ in suite_glibc
	contains(tag, s)
}

suite_in_tag(tag) := number_suite[n] if {
	not any_codename(tag)
	n := regex.find_all_string_submatch_n(`^([0-9]+)([.-]|$)`, tag, 1)[0][1]
	number_suite[n]
}

any_codename(tag) if {
	some s, _ in suite_glibc
	contains(tag, s)
}

# rust_suite is the Debian suite of a rust (or cargo-chef) image; undefined for alpine
# tags and tags whose suite cannot be told. Unsuffixed tags: latest, 1, slim, 1-slim and
# current versions mean trixie (§1.3); old version tags keep the suite they were last
# built on: 1.72 to 1.88 bookworm (2023-08-03 to 2025-08-19), 1.89 and later trixie.
# Older versions are bullseye or older: unknown.
rust_suite(ref) := s if {
	t := rust_tag(ref)
	not contains(t, "alpine")
	s := suite_in_tag(t)
}

rust_suite(ref) := default_suite if {
	t := rust_tag(ref)
	not contains(t, "alpine")
	not suite_in_tag(t)
	not minor_pinned(t)
}

rust_suite(ref) := suite_of_version(minor_of(t)) if {
	t := rust_tag(ref)
	not contains(t, "alpine")
	not suite_in_tag(t)
	minor_pinned(t)
}

minor_of(tag) := to_number(regex.find_all_string_submatch_n(`^1\.([0-9]+)`, tag, 1)[0][1])

suite_of_version(n) := "trixie" if n >= 89

suite_of_version(n) := "bookworm" if {
	n >= 72
	n < 89
}

# is_alpine_rust: rust:*alpine* has the musl host triple (§1.4, §4.2).
is_alpine_rust(ref) if {
	family(ref) in {"rust", "cargo-chef"}
	contains(rust_tag(ref), "alpine")
}

# distroless_parts splits gcr.io/distroless/<kind>[-debianNN] into kind and suite.
distroless_parts(ref) := {"kind": m[1], "suite": suite} if {
	family(ref) == "distroless"
	last := split(ref.repository, "/")[count(split(ref.repository, "/")) - 1]
	m := regex.find_all_string_submatch_n(`^(static|base-nossl|base|cc)(-debian([0-9]+))?$`, last, 1)[0]
	suite := distroless_suite(m[3])
}

distroless_suite("") := default_suite

distroless_suite(n) := number_suite[n] if n != ""

# ubuntu_glibc: the two Ubuntu releases the docs give glibc for (§3).
ubuntu_glibc(tag) := "2.35" if regex.match(`^(22\.04|jammy)`, tag)

ubuntu_glibc(tag) := "2.39" if regex.match(`^(24\.04|noble)`, tag)

# debian_suite is the suite of a debian:<tag> image; latest, stable and no tag mean
# trixie today.
debian_suite(tag) := suite_in_tag(tag)

debian_suite(tag) := default_suite if {
	not suite_in_tag(tag)
	tag in {"", "latest", "stable", "stable-slim"}
}

glibc_lib(suite, libgcc, kind) := {"libc": "glibc", "glibc": suite_glibc[suite], "suite": suite, "libgcc": libgcc, "kind": kind}

# runtime_libc describes the C runtime an image offers a binary (§2.3, §3, §4.5):
# libc "glibc" | "musl" | "none", glibc version ("" when unknown), suite ("" unless Debian),
# libgcc (libgcc_s.so.1 present), kind (for messages and fixes).
runtime_libc(ref) := libc_of(family(ref), ref)

# libc_of is indexed on the family constant in each head, so a call evaluates only the
# bodies of that family.
libc_of("scratch", _) := {"libc": "none", "glibc": "", "suite": "", "libgcc": false, "kind": "scratch"}

libc_of("distroless", ref) := {"libc": "none", "glibc": "", "suite": p.suite, "libgcc": false, "kind": "distroless-static"} if {
	p := distroless_parts(ref)
	p.kind == "static"
}

libc_of("distroless", ref) := glibc_lib(p.suite, false, "distroless-base") if {
	p := distroless_parts(ref)
	p.kind in {"base", "base-nossl"}
}

libc_of("distroless", ref) := glibc_lib(p.suite, true, "distroless-cc") if {
	p := distroless_parts(ref)
	p.kind == "cc"
}

libc_of("chainguard", ref) := {"libc": "none", "glibc": "", "suite": "", "libgcc": false, "kind": "chainguard-static"} if {
	repo_path(ref) == "cgr.dev/chainguard/static"
}

# Wolfi's rolling glibc is newer than any Debian's: no skew to judge.
libc_of("chainguard", ref) := {"libc": "glibc", "glibc": "", "suite": "", "libgcc": true, "kind": "chainguard-glibc"} if {
	repo_path(ref) == "cgr.dev/chainguard/glibc-dynamic"
}

libc_of("alpine", _) := {"libc": "musl", "glibc": "", "suite": "", "libgcc": false, "kind": "alpine"}

libc_of("debian", ref) := glibc_lib(debian_suite(ref.tag), true, "debian")

libc_of("ubuntu", ref) := {"libc": "glibc", "glibc": ubuntu_glibc(ref.tag), "suite": "", "libgcc": true, "kind": "ubuntu"}

libc_of("ubuntu", ref) := {"libc": "glibc", "glibc": "", "suite": "", "libgcc": true, "kind": "ubuntu"} if {
	not ubuntu_glibc(ref.tag)
}

libc_of("rust", ref) := rust_libc(ref)

libc_of("cargo-chef", ref) := rust_libc(ref)

rust_libc(ref) := {"libc": "musl", "glibc": "", "suite": "", "libgcc": false, "kind": "alpine"} if {
	is_alpine_rust(ref)
} else := glibc_lib(rust_suite(ref), true, "debian")

# glibc_newer: glibc version a is newer than b ("2.41" vs "2.36").
glibc_newer(a, b) if glibc_key(a) > glibc_key(b)

glibc_key(v) := (to_number(split(v, ".")[0]) * 1000) + to_number(split(v, ".")[1])

# newest_suite_for(glibc) is the newest suite the rust image is published for whose
# glibc is not newer than the given one: what a builder should use for that runtime.
newest_suite_for(glibc) := s if {
	ok := [x | some x in rust_debian_suites; not glibc_newer(suite_glibc[x], glibc)]
	count(ok) > 0
	s := ok[count(ok) - 1]
}

# --- users --------------------------------------------------------------------------

# default_uid is the uid an image runs as when no USER is set (§2.2, §3, §6).
# Undefined for images not listed, and for distroless by digest alone.
default_uid(ref) := 0 if family(ref) in {
	"scratch", "rust", "cargo-chef", "muslrust", "rust-musl-cross",
	"debian", "ubuntu", "alpine", "root-os",
}

default_uid(ref) := 65532 if family(ref) in {"chainguard", "chainguard-rust"}

default_uid(ref) := 65532 if {
	family(ref) == "distroless"
	contains(ref.tag, "nonroot")
}

default_uid(ref) := 0 if {
	family(ref) == "distroless"
	ref.tag == ""
	ref.digest == ""
}

default_uid(ref) := 0 if {
	family(ref) == "distroless"
	not contains(ref.tag, "nonroot")
	regex.match(`^(latest|debug)(-[a-z0-9]+)?$`, ref.tag)
}

# is_root_user: a USER value that means uid 0 (root, 0, root:x, 0:x).
is_root_user(u) if u.user in {"root", "0"}
