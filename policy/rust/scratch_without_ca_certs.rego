# METADATA
# title: TLS client on scratch without CA certificates
# description: |
#   The final image is `scratch`, the binary it copies comes from a stage that shows it
#   makes TLS connections (it installs ca-certificates, libssl-dev or openssl-dev, or
#   builds with a tls/ssl feature), and nothing puts CA certificates into the image:
#   no COPY of /etc/ssl/certs or ca-certificates.crt, no SSL_CERT_FILE/SSL_CERT_DIR.
#   scratch has no /etc/ssl/certs (rust-images.md §3, §7.13): OpenSSL, native-tls and
#   rustls-native-certs find no roots and every HTTPS call fails with "unable to get
#   local issuer certificate". Informational: crates that embed Mozilla's roots
#   (webpki-roots) work without them, and the Dockerfile cannot tell which is used.
#   Fix: COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/, or run on
#   gcr.io/distroless/static-debian13, which has them and sets SSL_CERT_FILE.
# custom:
#   id: RS022
#   name: scratch-without-ca-certs
#   severity: info
#   aliases: []
#   fix: COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ or use distroless static.
#   examples:
#     bad: |
#       FROM rust:1.94-alpine3.23 AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked --features tls
#
#       FROM scratch
#       COPY --from=build /app/target/release/app /app
#       USER 65532:65532
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-alpine3.23 AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked --features tls
#
#       FROM scratch
#       COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
#       COPY --from=build /app/target/release/app /app
#       USER 65532:65532
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/clux/muslrust
#     - https://github.com/GoogleContainerTools/distroless/blob/main/README.md
package ferrolint.rust.scratch_without_ca_certs

import data.ferrolint.lib.cargo
import data.ferrolint.lib.runtime
import rego.v1

findings contains {
	"message": sprintf("scratch has no CA certificates, and stage %s %s, so the binary makes TLS connections: HTTPS calls that verify against the system roots fail (\"unable to get local issuer certificate\"); COPY --from=%s /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/, or run on gcr.io/distroless/static-debian13", [stage_label(s), signal, stage_ref(s)]),
	"range": runtime.final.from.range,
} if {
	runtime.final_root.scratch
	not runtime.export_stage
	not has_certs
	some s in copied_stages
	signal := tls_signal(s)
}

copied_stages contains c.stage if some c in runtime.copies_in

tls_signal(s) := sprintf("installs %s (line %d)", [hits[0].pkg, hits[0].line]) if {
	hits := [{"pkg": a, "line": c.cmd.range.line} |
		some c in cargo.chain_runs[s]
		c.p.program in {"apt-get", "apt", "apk"}
		some a in c.p.argv
		a in {"ca-certificates", "libssl-dev", "openssl-dev"}
	]
	count(hits) > 0
} else := sprintf("builds with the features %s (line %d)", [hits[0].f, hits[0].line]) if {
	hits := [{"f": f, "line": c.cmd.range.line} |
		some c in cargo.chain_runs[s]
		cargo.produces_binary(c.p)
		some i, a in c.p.argv
		a in {"--features", "-F"}
		f := c.p.argv[i + 1]
		some word in {"tls", "ssl"}
		contains(f, word)
	]
	count(hits) > 0
}

has_certs if {
	some c in runtime.copies_in_any
	some marker in {"ssl", "cert", "ca-bundle"}
	contains(c.path, marker)
}

has_certs if {
	some instr in runtime.final_timeline
	instr.keyword == "ENV"
	some pair in instr.pairs
	pair.key in {"SSL_CERT_FILE", "SSL_CERT_DIR"}
}

stage_label(i) := sprintf("%q", [input.stages[i].name]) if input.stages[i].name != ""

stage_label(i) := sprintf("%d", [i]) if input.stages[i].name == ""

stage_ref(i) := input.stages[i].name if input.stages[i].name != ""

stage_ref(i) := sprintf("%d", [i]) if input.stages[i].name == ""
