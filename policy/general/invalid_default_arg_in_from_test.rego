package ferrolint.general.invalid_default_arg_in_from_test

import data.ferrolint.general.invalid_default_arg_in_from as invalid
import data.ferrolint.lib.fixtures as fx
import rego.v1

# from_arg(image, resolved, missing, globals): a FROM whose image uses ARGs.
from_arg(image, resolved, missing, globals) := json.patch(fx.doc([fx.stage_missing(image, "", [], missing)]), [
	{"op": "replace", "path": "/stages/0/from/resolved", "value": resolved},
	{"op": "replace", "path": "/global_args", "value": [{"key": k, "value": "", "raw": "", "has_value": false, "range": fx.rng(1, 5, 6)} | some k in globals]},
])

test_missing_default_fires if {
	doc := from_arg("alpine:${TAG}", "alpine:", ["TAG"], ["TAG"])
	fs := invalid.findings with input as doc
	fs == {{"message": `with the default ARG values FROM alpine:${TAG} is "alpine:", not a valid image: give TAG a default`, "range": fx.rng(1, 6, 19)}}
}

test_platform_args_are_predefined if {
	doc := from_arg("golang:${TARGETARCH}", "golang:", ["TARGETARCH"], [])
	count(invalid.findings) == 0 with input as doc
}
