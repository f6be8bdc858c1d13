# METADATA
# title: pip install without versions
# description: |
#   `pip install foo` takes the newest release at build time. Pin it (`foo==1.2.3`, or any
#   specifier: `>=`, `~=`, ...) or install from a requirements or constraints file
#   (`-r`, `-c`) that pins. Paths, `.`, wheels, archives, VCS and URL requirements
#   (`pkg @ url`, `git+https://...@tag`) are not judged, nor are unresolved variables.
#   Covers pip, pip3, `python -m pip` and pipx.
# custom:
#   id: DF003
#   name: pip-unpinned
#   severity: warning
#   aliases: [DL3013]
#   fix: Pin each package (foo==1.2.3) or install from a pinned requirements file.
#   examples:
#     bad: |
#       FROM python:3.13-slim
#       WORKDIR /app
#       RUN pip install --no-cache-dir flask gunicorn
#       COPY . .
#       USER 65532:65532
#       CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
#     good: |
#       FROM python:3.13-slim
#       WORKDIR /app
#       RUN pip install --no-cache-dir flask==3.1.1 gunicorn==23.0.0
#       COPY . .
#       USER 65532:65532
#       CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3013
package ferrolint.general.pip_unpinned

import data.ferrolint.general.lib
import rego.v1

value_opts := {
	"-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target",
	"--prefix", "--root", "--src", "--trusted-host", "--platform", "--python-version",
	"--implementation", "--abi", "--progress-bar", "--log", "--cache-dir", "--timeout",
	"--retries", "--proxy", "--cert", "--client-cert", "--exists-action", "--global-option",
	"-C", "--config-settings", "--upgrade-strategy", "--only-binary", "--no-binary",
	"-e", "--editable", "-r", "--requirement", "-c", "--constraint", "--python", "--pip-args",
}

# pip_args: the arguments after "install" of pip, pip3, python -m pip, pipx.
pip_args(e) := array.slice(e.args, 2, count(e.args)) if {
	e.args[1] == "install"
	regex.match(`^pip(x|[0-9.]*)$`, e.prog)
}

pip_args(e) := array.slice(e.args, 4, count(e.args)) if {
	e.args[1] == "-m"
	regex.match(`^python[0-9.]*$`, e.prog)
	e.args[2] in {"pip", "pip3"}
	e.args[3] == "install"
}

findings contains {"message": msg, "range": e.cmd.range} if {
	some e in lib.run_cmds
	args := pip_args(e)
	pkgs := lib.positionals(array.concat(["install"], args), value_opts)
	unpinned := [p | some p in lib.words(e.instr, pkgs); not pinned(p)]
	count(unpinned) > 0
	msg := sprintf("pip install without a version: %s; pin as name==version or use a pinned requirements file", [concat(", ", unpinned)])
}

pinned(p) if regex.match(`[=<>~!@]`, p)

pinned(p) if contains(p, "/")

# ., .., ./pkg and .[extra]: the local project.
pinned(p) if regex.match(`^\.{1,2}(/|\[|$)`, p)

pinned(p) if regex.match(`\.(whl|tar\.gz|tgz|zip|tar\.bz2)$`, p)

pinned(p) if lib.unresolved(p)

# pip install foo[extra]==1: the extras bracket is part of the name.
pinned(p) if regex.match(`\][=<>~!]`, p)
