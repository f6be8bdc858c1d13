# METADATA
# title: pip install without --no-cache-dir
# description: |
#   pip keeps downloaded wheels in ~/.cache/pip, which then stays in the layer. Pass
#   `--no-cache-dir`, or set `PIP_NO_CACHE_DIR` (ENV, ARG, or inline before the command),
#   or mount a cache over the pip cache (`RUN --mount=type=cache,target=/root/.cache/pip`
#   or any directory above it). Only stages whose files end up in the image are judged.
#   `pip install` of a requirements file and of packages are judged alike.
# custom:
#   id: DF012
#   name: pip-cache-kept
#   severity: info
#   aliases: [DL3042]
#   fix: Add --no-cache-dir, or mount a cache over /root/.cache/pip.
#   examples:
#     bad: |
#       FROM python:3.13-slim
#       WORKDIR /app
#       COPY requirements.txt .
#       RUN pip install -r requirements.txt
#       COPY . .
#       USER 65532:65532
#       CMD ["python", "app.py"]
#     good: |
#       FROM python:3.13-slim
#       WORKDIR /app
#       COPY requirements.txt .
#       RUN pip install --no-cache-dir -r requirements.txt
#       COPY . .
#       USER 65532:65532
#       CMD ["python", "app.py"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3042
package ferrolint.general.pip_cache_kept

import data.ferrolint.general.lib
import rego.v1

findings contains {"message": "pip install without --no-cache-dir keeps its download cache in the layer", "range": e.cmd.range} if {
	some e in lib.run_cmds
	pip_install(e)
	not "--no-cache-dir" in e.args
	lib.image_stages[e.stage.index]
	not e.instr.env.PIP_NO_CACHE_DIR
	not inline_env(e.cmd)
	not cache_mount(e.instr)
}

pip_install(e) if {
	e.args[1] == "install"
	regex.match(`^pip[0-9.]*$`, e.prog)
}

pip_install(e) if {
	e.args[1] == "-m"
	regex.match(`^python[0-9.]*$`, e.prog)
	e.args[2] in {"pip", "pip3"}
	e.args[3] == "install"
}

inline_env(cmd) if {
	some a in cmd.args
	startswith(a, "PIP_NO_CACHE_DIR=")
}

cache_mount(instr) if {
	some m in instr.mounts
	m.type in {"cache", "tmpfs"}
	contains(m.target, ".cache")
}

cache_mount(instr) if lib.cache_mounted(instr, ["/root/.cache/pip"])
