package ferrolint.general.from_platform_constant_test

import data.ferrolint.general.from_platform_constant as constant
import data.ferrolint.lib.fixtures as fx
import rego.v1

# platform(p, name): FROM --platform=p debian:12 [AS name]
platform(p, name) := json.patch(fx.doc([fx.stage("debian:12", name, [])]), [
	{"op": "replace", "path": "/stages/0/from/platform", "value": p},
	{"op": "replace", "path": "/stages/0/instructions/0/flags", "value": [{"name": "platform", "value": p, "range": fx.rng(1, 6, 17 + count(p))}]},
])

test_constant_platform_fires if {
	fs := constant.findings with input as platform("linux/amd64", "")
	fs == {{"message": "FROM --platform=linux/amd64 pins the stage to one platform: use $BUILDPLATFORM or drop the flag", "range": fx.rng(1, 6, 28)}}
}

test_variables_and_stages_named_for_the_platform_are_clean if {
	count(constant.findings) == 0 with input as platform("$BUILDPLATFORM", "")
	count(constant.findings) == 0 with input as platform("linux/arm64", "build-arm64")
}
