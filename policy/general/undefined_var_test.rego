package ferrolint.general.undefined_var_test

import data.ferrolint.general.undefined_var as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(image, body) := {f.message | some f in fs} if {
	fs := rule.findings with input as fx.doc([fx.stage(image, "", body)])
}

test_undefined_variables_fire if {
	lint("debian:12", [fx.env("APP_HOME=/app"), fx.copy("a $APP_DIR/")]) == {"$APP_DIR is not defined: no ARG or ENV sets it and debian:12 does not"}
	lint("alpine:3", [fx.env("APP_HOME=/app"), fx.other("WORKDIR", "${app_home}")]) == {"$app_home is not defined in this stage: did you mean $APP_HOME?"}
}

test_defined_known_and_fallback_variables_are_clean if {
	lint("debian:12", [fx.arg("VERSION"), fx.env("APP=/app"), fx.copy("a $APP/$VERSION/")]) == set()
	lint("rust:1.94", [fx.copy("a $CARGO_HOME/bin/")]) == set()
	lint("debian:12", [fx.copy("a ${DEST:-/app}/")]) == set()
	lint("debian:12", [fx.other("WORKDIR", "\\$LITERAL")]) == set()
}

test_unknown_bases_are_not_judged if {
	lint("node:22", [fx.other("WORKDIR", "$NODE_HOME")]) == set()
}
