package ferrolint.rust.scratch_without_ca_certs_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.scratch_without_ca_certs as rule
import rego.v1

doc(build_body, runtime_body) := fx.doc([
	fx.stage("rust:1.94-alpine3.23", "build", build_body),
	fx.stage("scratch", "", array.concat([fx.copy("--from=build /app/target/release/app /app")], runtime_body)),
])

run_cmd := fx.entrypoint(`["/app"]`)

test_tls_builder_on_scratch_without_certs_fires if {
	fs := rule.findings with input as doc([fx.run("apk add ca-certificates"), fx.run("cargo build --release --locked")], [run_cmd])
	fs == {{
		"message": "scratch has no CA certificates, and stage \"build\" installs ca-certificates (line 2), so the binary makes TLS connections: HTTPS calls that verify against the system roots fail (\"unable to get local issuer certificate\"); COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/, or run on gcr.io/distroless/static-debian13",
		"range": fx.rng(4, 6, 13),
	}}
}

test_tls_feature_fires if {
	fs := rule.findings with input as doc([fx.run("cargo build --release --features rustls-tls")], [run_cmd])
	count(fs) == 1
}

test_certs_env_export_and_no_signal_pass if {
	tls := [fx.run("apk add ca-certificates"), fx.run("cargo build --release")]
	count(rule.findings) == 0 with input as doc(tls, [fx.copy("--from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/"), run_cmd])
	count(rule.findings) == 0 with input as doc(tls, [fx.env("SSL_CERT_FILE=/certs.pem"), run_cmd])
	count(rule.findings) == 0 with input as doc(tls, [])
	count(rule.findings) == 0 with input as doc([fx.run("cargo build --release")], [run_cmd])
}
