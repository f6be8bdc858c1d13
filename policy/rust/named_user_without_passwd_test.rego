package ferrolint.rust.named_user_without_passwd_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.named_user_without_passwd as rule
import rego.v1

doc(image, body) := fx.doc([
	fx.stage("clux/muslrust:1.94.1-stable", "build", [fx.run("cargo build --release --locked")]),
	fx.stage(image, "", body),
])

test_named_user_on_scratch_fires if {
	fs := rule.findings with input as doc("scratch", [fx.user("app:app")])
	fs == {{
		"message": "USER app:app names \"app\", but scratch has no /etc/passwd: the container fails to start with \"unable to find user app\"; use a numeric UID:GID such as USER 65532:65532",
		"range": fx.rng(4, 1, 13),
	}}
}

test_unknown_name_on_distroless_fires_known_ones_pass if {
	count(rule.findings) == 1 with input as doc("gcr.io/distroless/static-debian13", [fx.user("appuser")])
	count(rule.findings) == 0 with input as doc("gcr.io/distroless/static-debian13", [fx.user("nonroot:nonroot")])
}

test_numeric_ids_copied_passwd_and_variables_pass if {
	count(rule.findings) == 0 with input as doc("scratch", [fx.user("65532:65532")])
	count(rule.findings) == 0 with input as doc("scratch", [fx.copy("--from=build /etc/passwd /etc/passwd"), fx.user("app")])
	count(rule.findings) == 0 with input as doc("scratch", [fx.user("$APP_USER")])
	count(rule.findings) == 0 with input as doc("debian:trixie-slim", [fx.user("app")])
}
