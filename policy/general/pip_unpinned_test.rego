package ferrolint.general.pip_unpinned_test

import data.ferrolint.general.pip_unpinned as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("python:3.12", "", body)])
}

test_unpinned_fires if {
	fs := lint([fx.run("pip install --no-cache-dir flask requests==2.32.3")])
	fs == {{"message": "pip install without a version: flask; pin as name==version or use a pinned requirements file", "range": fx.rng(2, 5, 54)}}
}

test_python_m_pip_and_pipx_fire if {
	count(lint([fx.run("python3 -m pip install django")])) == 1
	count(lint([fx.run("pipx install poetry")])) == 1
}

test_requirements_paths_and_specifiers_are_clean if {
	count(lint([fx.run("pip install -r requirements.txt")])) == 0
	count(lint([fx.run("pip install -e . ./pkg dist/app-1.0-py3-none-any.whl foo>=1 bar~=2.0 baz[extra]==1")])) == 0
	count(lint([fx.run("pip install -i https://pypi.example/simple foo==1")])) == 0
}

test_a_quoted_argument_stays_one_word if {
	doc := fx.doc([fx.stage("python:3.12", "", [fx.run(`pip install ".[a, b]"`)])])
	patched := json.patch(doc, [
		{"op": "replace", "path": "/stages/0/instructions/1/commands/0/args", "value": ["pip", "install", ".[a, b]"]},
		{"op": "replace", "path": "/stages/0/instructions/1/commands/0/argv", "value": ["pip", "install", ".[a, b]"]},
	])
	count(rule.findings) == 0 with input as patched
}
