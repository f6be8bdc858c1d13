# METADATA
# title: sudo in RUN
# description: |
#   RUN already runs as the stage's USER. sudo needs its configuration, may prompt or
#   refuse without a terminal, and keeps a setuid tool in the image. Switch users with
#   USER instead (USER root for the step, then back). ONBUILD RUN is judged too.
# custom:
#   id: DF018
#   name: sudo
#   severity: warning
#   aliases: [DL3004]
#   fix: Use USER root before the step and USER <app user> after it.
#   examples:
#     bad: |
#       FROM debian:13-slim
#       RUN useradd --create-home --uid 10001 app
#       USER 10001
#       RUN sudo install -d -o 10001 /srv/data
#       WORKDIR /home/app
#     good: |
#       FROM debian:13-slim
#       RUN useradd --create-home --uid 10001 app \
#           && install -d -o 10001 /srv/data
#       USER 10001
#       WORKDIR /home/app
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3004
#     - https://docs.docker.com/build/building/best-practices/#user
package ferrolint.general.sudo

import data.ferrolint.general.lib
import rego.v1

findings contains {"message": "sudo in RUN: switch users with USER instead", "range": cmd.range} if {
	some s in input.stages
	some x in s.instructions
	x.keyword in {"RUN", "ONBUILD"}
	instr := lib.run_of(x)
	some cmd in instr.commands
	cmd.name == "sudo"
}
