package ferrolint.rust.loopback_bind_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.loopback_bind as rule
import rego.v1

doc(env) := fx.doc([fx.stage("rust:1.94-slim-trixie", "build", [fx.env("HOST=127.0.0.1")]), fx.stage("debian:trixie-slim", "", [fx.env(env)])])

test_rocket_address_loopback_fires if {
	fs := rule.findings with input as doc("ROCKET_ADDRESS=127.0.0.1")
	fs == {{
		"message": "ROCKET_ADDRESS=127.0.0.1 makes the service listen on the container's own loopback: published ports cannot reach it from outside; bind to 0.0.0.0",
		"range": fx.rng(4, 5, 29),
	}}
}

test_listen_names_and_loopback_forms_fire if {
	every env in ["LISTEN_ADDR=localhost:8080", "BIND_ADDRESS=[::1]:3000", "HOST=localhost", "app_bind=127.0.0.1"] {
		count(rule.findings) == 1 with input as doc(env)
	}
}

test_peers_public_binds_and_builder_env_pass if {
	every env in ["DATABASE_HOST=localhost", "REDIS_URL=redis://127.0.0.1:6379", "HOST=0.0.0.0", "ROCKET_ADDRESS=::"] {
		count(rule.findings) == 0 with input as doc(env)
	}
}
