package ferrolint.rust.non_numeric_runtime_user_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.non_numeric_runtime_user as rule
import rego.v1

doc(image, body) := fx.doc([fx.stage("rust:1.94-slim-trixie", "build", []), fx.stage(image, "", body)])

test_named_user_fires if {
	fs := rule.findings with input as doc("debian:trixie-slim", [fx.user("app")])
	fs == {{
		"message": "USER app is a name: Kubernetes with runAsNonRoot cannot verify it is not root and refuses to start the pod (\"image has non-numeric user\"); use its numeric UID:GID (create it with useradd -u 10001 and write USER 10001)",
		"range": fx.rng(3, 1, 9),
	}}
}

test_distroless_nonroot_name_suggests_65532 if {
	fs := rule.findings with input as doc("gcr.io/distroless/cc-debian13", [fx.user("nonroot")])
	some f in fs
	endswith(f.message, "use its numeric UID:GID, USER 65532:65532")
}

test_numeric_root_unresolvable_and_builder_users_pass if {
	count(rule.findings) == 0 with input as doc("debian:trixie-slim", [fx.user("10001:10001")])
	count(rule.findings) == 0 with input as doc("debian:trixie-slim", [fx.user("root")])
	count(rule.findings) == 0 with input as doc("scratch", [fx.user("app")])
	count(rule.findings) == 0 with input as fx.doc([fx.stage("rust:1.94-slim-trixie", "build", [fx.user("app")]), fx.stage("debian:trixie-slim", "", [])])
}

test_named_user_is_a_warning_in_kubernetes_mode if {
	fs := rule.findings with input as doc("debian:trixie-slim", [fx.user("app")]) with data.ferrolint.config as {"rust": {"kubernetes": true}}
	[f.severity | some f in fs] == ["warning"]
	count(rule.findings) == 0 with input as doc("debian:trixie-slim", [fx.user("10001")]) with data.ferrolint.config as {"rust": {"kubernetes": true}}
	fs2 := rule.findings with input as doc("debian:trixie-slim", [fx.user("app")]) with data.ferrolint.config as {"rust": {"kubernetes": false}}
	[object.get(f, "severity", "default") | some f in fs2] == ["default"]
}
