package ferrolint.general.copy_ignored_file_test

import data.ferrolint.general.copy_ignored_file as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body, patterns) := {f.message | some f in fs} if {
	doc := object.union(fx.doc([fx.stage("debian:12", "", body)]), {"context": {"dir": ".", "dockerignore": {"present": true, "patterns": patterns, "ignores_target": false}}})
	fs := rule.findings with input as doc
}

test_ignored_sources_fire if {
	lint([fx.copy("target/release/app /app"), fx.copy("./docs/index.md /srv/")], ["target", "**/*.md"]) == {
		"COPY target/release/app: .dockerignore excludes it (pattern target), so the builder never sees it",
		"COPY ./docs/index.md: .dockerignore excludes it (pattern **/*.md), so the builder never sees it",
	}
}

test_other_sources_exceptions_and_from_are_clean if {
	lint([fx.copy("src /app/src"), fx.copy("Cargo.toml /app/")], ["target", "*.md"]) == set()
	lint([fx.copy("target/app /app")], ["target", "!target/app"]) == set()
	lint([fx.copy("--from=build /target/app /app")], ["target"]) == set()
	lint([fx.copy("*.md /docs/")], ["*.md"]) == set()
}

test_without_a_context_nothing_fires if {
	count(rule.findings) == 0 with input as fx.doc([fx.stage("debian:12", "", [fx.copy("target/app /app")])])
}
