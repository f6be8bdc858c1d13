package ferrolint.general.label_schema_test

import data.ferrolint.general.label_schema as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

schema := {
	"org.opencontainers.image.source": "url",
	"org.opencontainers.image.version": "semver",
	"org.opencontainers.image.revision": "hash",
	"org.opencontainers.image.created": "rfc3339",
	"org.opencontainers.image.licenses": "spdx",
	"org.opencontainers.image.authors": "email",
	"org.opencontainers.image.title": "text",
}

good := fx.other("LABEL", "x")

lint(labels, strict) := {f.message | some f in fs} if {
	doc := json.patch(fx.doc([fx.stage("debian:12", "", [good])]), [{
		"op": "replace", "path": "/stages/0/instructions/1/pairs",
		"value": [{"key": k, "value": v, "raw": v, "has_value": true, "range": fx.rng(2, 7, 8)} | some k, v in labels],
	}])
	fs := rule.findings with input as doc with data.ferrolint.config as {"label_schema": schema, "strict_labels": strict}
}

valid_labels := {
	"org.opencontainers.image.source": "https://github.com/org/app",
	"org.opencontainers.image.version": "1.2.3",
	"org.opencontainers.image.revision": "0123abcdef",
	"org.opencontainers.image.created": "2026-11-27T09:00:00Z",
	"org.opencontainers.image.licenses": "MIT OR Apache-2.0",
	"org.opencontainers.image.authors": "team@example.com",
	"org.opencontainers.image.title": "app",
}

test_valid_labels_are_clean if {
	lint(valid_labels, true) == set()
}

test_each_type_is_checked if {
	lint({
		"org.opencontainers.image.source": "github.com/org/app",
		"org.opencontainers.image.version": "1.2",
		"org.opencontainers.image.revision": "main",
		"org.opencontainers.image.created": "yesterday",
		"org.opencontainers.image.licenses": "MIT, Apache",
		"org.opencontainers.image.authors": "team",
		"org.opencontainers.image.title": "",
		"extra": "x",
	}, true) == {
		"label org.opencontainers.image.source=github.com/org/app is not a valid url",
		"label org.opencontainers.image.version=1.2 is not a valid semver",
		"label org.opencontainers.image.revision=main is not a valid hash",
		"label org.opencontainers.image.created=yesterday is not a valid rfc3339",
		"label org.opencontainers.image.licenses=MIT, Apache is not a valid spdx",
		"label org.opencontainers.image.authors=team is not a valid email",
		"label org.opencontainers.image.title is empty",
		"label extra is not in the label schema (strict-labels)",
	}
}

test_missing_labels_fire_on_the_final_from if {
	lint(object.remove(valid_labels, ["org.opencontainers.image.title"]), false) == {"the image has no label org.opencontainers.image.title (required by the label schema, type text)"}
}

test_without_configuration_nothing_fires if {
	count(rule.findings) == 0 with input as fx.doc([fx.stage("debian:12", "", [])])
}
