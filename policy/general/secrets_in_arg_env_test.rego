package ferrolint.general.secrets_in_arg_env_test

import data.ferrolint.general.secrets_in_arg_env as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

keys(body) := {f.message | some f in fs} if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

test_secret_names_fire if {
	keys([fx.arg("NPM_TOKEN"), fx.env("DB_PASSWORD=x apiKey=y AWS_SECRET_ACCESS_KEY=z")]) == {
		"ARG NPM_TOKEN looks like a secret: it is stored in the image; use RUN --mount=type=secret",
		"ENV DB_PASSWORD looks like a secret: it is stored in the image; use RUN --mount=type=secret",
		"ENV apiKey looks like a secret: it is stored in the image; use RUN --mount=type=secret",
		"ENV AWS_SECRET_ACCESS_KEY looks like a secret: it is stored in the image; use RUN --mount=type=secret",
	}
}

test_harmless_names_are_clean if {
	keys([fx.env("GPG_KEY=A035C8 PASSWORD_FILE=/run/x TOKEN_URL=https://x KEYBOARD=us MONKEY=1 PUBLIC_KEY=abc")]) == set()
}
