package ferrolint.general.legacy_key_value_test

import data.ferrolint.general.legacy_key_value as legacy
import data.ferrolint.lib.fixtures as fx
import rego.v1

test_legacy_form_fires if {
	doc := json.patch(fx.doc([fx.stage("debian:12", "", [fx.env("PORT=80")])]), [{"op": "replace", "path": "/stages/0/instructions/1/original", "value": "ENV PORT 80"}])
	fs := legacy.findings with input as doc
	fs == {{"message": "ENV PORT value: write PORT=value", "range": fx.rng(2, 1, 12)}}
	count(legacy.findings) == 0 with input as fx.doc([fx.stage("debian:12", "", [fx.env("PORT=80 HOST=x")])])
}
