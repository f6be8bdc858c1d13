package ferrolint.rust.dockerignore_without_target_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.rust.dockerignore_without_target as rule
import rego.v1

doc(copy, ignore) := object.union(fx.doc([fx.stage("rust:1.94-slim-trixie", "", [fx.copy(copy)])]), {"context": {
	"dir": ".",
	"cargo_toml": {"packages": ["app"], "bins": ["app"], "workspace_members": []},
	"dockerignore": ignore,
}})

missing := {"present": false, "patterns": [], "ignores_target": false}

test_copy_all_without_dockerignore_fires if {
	fs := rule.findings with input as doc(". .", missing)
	fs == {{
		"message": "COPY . . copies the whole build context, and the context has no .dockerignore: the host's target/ (often gigabytes of local builds) is sent with every build and any local cargo build invalidates this layer; add target/ to .dockerignore",
		"range": fx.rng(2, 1, 9),
	}}
}

test_dockerignore_without_target_fires if {
	fs := rule.findings with input as doc("./ /src/", {"present": true, "patterns": [".git"], "ignores_target": false})
	some f in fs
	contains(f.message, ".dockerignore does not exclude target/")
}

test_ignored_target_partial_copies_and_no_context_pass if {
	count(rule.findings) == 0 with input as doc(". .", {"present": true, "patterns": ["target"], "ignores_target": true})
	count(rule.findings) == 0 with input as doc("src ./src", missing)
	count(rule.findings) == 0 with input as fx.doc([fx.stage("rust:1.94-slim-trixie", "", [fx.copy(". .")])])
}
