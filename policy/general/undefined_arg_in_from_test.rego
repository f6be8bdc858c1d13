package ferrolint.general.undefined_arg_in_from_test

import data.ferrolint.general.undefined_arg_in_from as undefined
import data.ferrolint.lib.fixtures as fx
import rego.v1

# from_arg(image, resolved, missing, globals): a FROM whose image uses ARGs.
from_arg(image, resolved, missing, globals) := json.patch(fx.doc([fx.stage_missing(image, "", [], missing)]), [
	{"op": "replace", "path": "/stages/0/from/resolved", "value": resolved},
	{"op": "replace", "path": "/global_args", "value": [{"key": k, "value": "", "raw": "", "has_value": false, "range": fx.rng(1, 5, 6)} | some k in globals]},
])

test_undeclared_arg_fires if {
	doc := from_arg("alpine:${TAG}", "alpine:", ["TAG"], [])
	fs := undefined.findings with input as doc
	[f.message | some f in fs] == ["FROM uses $TAG, which no ARG before the first FROM declares"]
}

test_platform_args_are_predefined if {
	doc := from_arg("golang:${TARGETARCH}", "golang:", ["TARGETARCH"], [])
	count(undefined.findings) == 0 with input as doc
}

test_declared_arg_is_clean if {
	doc := from_arg("alpine:${TAG}", "alpine:", ["TAG"], ["TAG"])
	count(undefined.findings) == 0 with input as doc
}
