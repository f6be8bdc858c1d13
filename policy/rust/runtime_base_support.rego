# METADATA
# title: Runtime base floats or is out of support
# description: |
#   The final stage's base image changes under you or no longer gets security updates
#   (rust-images.md §2.1, §3, §7.17):
#   `gcr.io/distroless/<kind>` without a `-debianNN` suffix follows distroless's default
#   Debian (debian13 since 2026-01-30; it will change again), so the glibc and libssl
#   your binary runs on move without a Dockerfile change (info);
#   `-debian11` images have not been built since 2024-09-03 (warning);
#   `-debian12` images reached end of life in September 2026 and get no more fixes
#   (warning); `cgr.dev/chainguard/*` without a digest: the free tier publishes only
#   :latest, which moves with every Wolfi update, and a digest is the only pin (info).
#   A digest pins an unsuffixed distroless name. Export stages (FROM scratch without
#   CMD/ENTRYPOINT) and builder stages are not judged. With rust.runtime-bases in
#   .ferrolint.yaml, a final image whose name and tag start with none of its entries
#   (gcr.io/distroless/, cgr.dev/chainguard/static, debian:trixie) is reported (warning).
#   Fix: name the Debian release, e.g. gcr.io/distroless/cc-debian13:nonroot (build on
#   trixie to match its glibc 2.41), or pin Chainguard images by @sha256 digest.
# custom:
#   id: RS020
#   name: runtime-base-support
#   severity: warning
#   aliases: []
#   fix: Use a supported, explicit release (gcr.io/distroless/cc-debian13:nonroot) or pin by digest.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-bookworm AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian12:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/GoogleContainerTools/distroless/blob/main/SUPPORT_POLICY.md
#     - https://github.com/GoogleContainerTools/distroless/blob/main/README.md
package ferrolint.rust.runtime_base_support

import data.ferrolint.lib.images
import data.ferrolint.lib.runtime
import rego.v1

ref := runtime.final_root

findings contains {"message": msg, "range": runtime.final.from.range, "severity": sev} if {
	runtime.final.from.base_stage < 0
	some [sev, msg] in problems
}

problems contains ["info", sprintf("%s names no Debian release, so it follows distroless's default (debian13 today, and it will move): the glibc and libssl under the binary change without a Dockerfile change; name it, e.g. %s", [images.display(ref), suffixed])] if {
	p := images.distroless_parts(ref)
	not contains(ref.repository, "-debian")
	ref.digest == ""
	suffixed := concat("", ["gcr.io/distroless/", p.kind, "-debian13", images.tag_part(ref)])
}

problems contains ["warning", sprintf("%s is no longer built (distroless stopped debian11 on 2024-09-03): it gets no security updates; move to %s", [images.display(ref), successor])] if {
	images.distroless_parts(ref)
	endswith(ref.repository, "-debian11")
	successor := replace(images.display(ref), "-debian11", "-debian13")
}

problems contains ["warning", sprintf("%s reached end of life in September 2026 and gets no more security updates; move to %s (glibc 2.41: build on a trixie image)", [images.display(ref), successor])] if {
	images.distroless_parts(ref)
	endswith(ref.repository, "-debian12")
	successor := replace(images.display(ref), "-debian12", "-debian13")
}

problems contains ["info", sprintf("%s has no digest: Chainguard's free tier publishes only :latest, which moves with every Wolfi update, so a digest is the only pin; use %s@sha256:<digest>", [images.display(ref), ref.name])] if {
	images.family(ref) == "chainguard"
	ref.digest == ""
}

# rust.runtime-bases in .ferrolint.yaml: the platform supports only these runtime bases.
# An entry is a prefix of the final image's name and tag, familiar (debian:trixie,
# gcr.io/distroless/cc-debian13) or full (docker.io/library/debian:trixie); "scratch"
# names scratch. Judged also when the final stage builds on an earlier one.
allowed_bases := data.ferrolint.config.rust.runtime_bases if {
	is_array(data.ferrolint.config.rust.runtime_bases)
} else := []

findings contains {
	"message": sprintf("%s is not an allowed runtime base (rust.runtime-bases: %s); build the final stage on one of them", [images.display(ref), concat(", ", allowed_bases)]),
	"range": runtime.final.from.range,
} if {
	count(allowed_bases) > 0
	ref.valid
	not allowed_base(ref)
}

allowed_base(r) if {
	some entry in allowed_bases
	some name in base_names(r)
	startswith(name, entry)
}

base_names(r) := {"scratch"} if r.scratch

base_names(r) := {concat("", [r.name, images.tag_part(r)]), concat("", [images.repo_path(r), images.tag_part(r)])} if not r.scratch
