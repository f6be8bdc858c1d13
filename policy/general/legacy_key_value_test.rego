package ferrolint.general.legacy_key_value_test

import data.ferrolint.general.legacy_key_value as legacy
import data.ferrolint.lib.fixtures as fx
import rego.v1

test_legacy_form_fires if {
	doc := json.patch(fx.doc([fx.stage("debian:12", "", [fx.env("PORT=80")])]), [{"op": "replace", "path": "/stages/0/instructions/1/original", "value": "ENV PORT 80"}])
	fs := legacy.findings with input as doc
	fs == {{
		"message": "ENV PORT value: write PORT=value",
		"range": fx.rng(2, 1, 12),
		"fix": {"description": "write PORT=value", "safe": true, "edits": [{"range": fx.rng(2, 5, 12), "new_text": "PORT=80"}]},
	}}
	count(legacy.findings) == 0 with input as fx.doc([fx.stage("debian:12", "", [fx.env("PORT=80 HOST=x")])])
}

# legacy_doc(kw, key, raw): "kw key raw" on line 2, with the pair as the parser gives it.
legacy_doc(kw, key, raw) := json.patch(fx.doc([fx.stage("debian:12", "", [fx.other(kw, "x")])]), [
	{"op": "replace", "path": "/stages/0/instructions/1/original", "value": concat(" ", [kw, key, raw])},
	{"op": "replace", "path": "/stages/0/instructions/1/range", "value": fx.rng(2, 1, ((count(kw) + count(key)) + count(raw)) + 3)},
	{"op": "replace", "path": "/stages/0/instructions/1/pairs", "value": [{
		"key": key, "value": raw, "raw": raw, "has_value": true,
		"range": fx.rng(2, count(kw) + 2, ((count(kw) + count(key)) + count(raw)) + 3),
	}]},
])

edits_of(doc) := [f.fix.edits | some f in legacy.findings with input as doc]

test_fix_quotes_the_whole_rest_of_the_line if {
	edits_of(legacy_doc("LABEL", "description", `My "big"  app $NAME`)) == [[{"range": fx.rng(2, 7, 38), "new_text": `description="My big  app $NAME"`}]]
}

test_fix_escapes_what_double_quotes_would_read if {
	edits_of(legacy_doc("ENV", "A", `'$x "y" \z' \$HOME \q $`)) == [[{"range": fx.rng(2, 5, 30), "new_text": `A="\$x \"y\" \\z \$HOME q \$"`}]]
	edits_of(legacy_doc("ENV", "A", `"$B \"c\"" ${D:-e f}`)) == [[{"range": fx.rng(2, 5, 27), "new_text": `A="$B \"c\" ${D:-e f}"`}]]
}

test_values_not_read_exactly_get_no_fix if {
	some raw in [`it's`, `${A:-"b"}`, `${A:-${B}}`, `a\`]
	fs := legacy.findings with input as legacy_doc("ENV", "A", raw)
	count(fs) == 1
	every f in fs { not f.fix }
}

test_backtick_escape_gets_no_fix if {
	doc := json.patch(legacy_doc("ENV", "A", "b c"), [{"op": "replace", "path": "/escape", "value": "`"}])
	fs := legacy.findings with input as doc
	count(fs) == 1
	every f in fs { not f.fix }
}
