package ferrolint.general.redundant_target_platform_test

import data.ferrolint.general.redundant_target_platform as redundant
import data.ferrolint.lib.fixtures as fx
import rego.v1

# platform(p, name): FROM --platform=p debian:12 [AS name]
platform(p, name) := json.patch(fx.doc([fx.stage("debian:12", name, [])]), [
	{"op": "replace", "path": "/stages/0/from/platform", "value": p},
	{"op": "replace", "path": "/stages/0/instructions/0/flags", "value": [{"name": "platform", "value": p, "range": fx.rng(1, 6, 17 + count(p))}]},
])

test_target_platform_is_redundant if {
	fs := redundant.findings with input as platform("$TARGETPLATFORM", "")
	fs == {{"message": "--platform=$TARGETPLATFORM is the default: remove it", "range": fx.rng(1, 6, 32)}}
	count(redundant.findings) == 0 with input as platform("$BUILDPLATFORM", "")
}
