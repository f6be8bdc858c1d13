package ferrolint.general.label_key_invalid_test

import data.ferrolint.general.label_key_invalid as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

# lint(text): LABEL text, its pairs split like ENV's.
lint(text) := {f.message | some f in fs} if {
	doc := json.patch(fx.doc([fx.stage("debian:12", "", [fx.env(text)])]), [{"op": "replace", "path": "/stages/0/instructions/1/keyword", "value": "LABEL"}])
	fs := rule.findings with input as doc
}

test_bad_keys_fire if {
	lint("com.docker.x=1 Maintainer=a org..example=b -x=c") == {
		"label key com.docker.x uses a namespace reserved for Docker",
		"label key Maintainer should hold only lower-case letters, digits, . and -, and start and end with a letter or digit",
		"label key org..example has consecutive . or -",
		"label key -x should hold only lower-case letters, digits, . and -, and start and end with a letter or digit",
	}
}

test_good_keys_are_clean if {
	lint("org.opencontainers.image.source=x maintainer=y com.example.team-a=z") == set()
}
