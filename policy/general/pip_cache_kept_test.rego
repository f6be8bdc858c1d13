package ferrolint.general.pip_cache_kept_test

import data.ferrolint.general.pip_cache_kept as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("python:3.12", "", body)])
}

test_pip_install_without_flag_fires if {
	lint([fx.run("pip install -r requirements.txt")]) == {{"message": "pip install without --no-cache-dir keeps its download cache in the layer", "range": fx.rng(2, 5, 36)}}
	count(lint([fx.run("python -m pip install flask==3")])) == 1
}

test_flag_env_inline_and_mount_are_clean if {
	count(lint([fx.run("pip install --no-cache-dir -r requirements.txt")])) == 0
	count(lint([fx.env("PIP_NO_CACHE_DIR=1"), fx.run("pip install -r requirements.txt")])) == 0
	count(lint([fx.run("PIP_NO_CACHE_DIR=1 pip install -r requirements.txt")])) == 0
	count(lint([fx.run_cache("/root/.cache/pip", "pip install -r requirements.txt")])) == 0
}
