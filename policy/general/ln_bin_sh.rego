# METADATA
# title: Replacing /bin/sh with ln
# description: |
#   `ln -sf /bin/bash /bin/sh` changes the shell of every script in the image, not just of
#   the Dockerfile's RUNs. To run RUNs with bash, use `SHELL ["/bin/bash", "-c"]`.
# custom:
#   id: DF043
#   name: ln-bin-sh
#   severity: warning
#   aliases: [DL4005]
#   fix: Use SHELL ["/bin/bash", "-c"] instead.
#   examples:
#     bad: |
#       FROM debian:12.11-slim
#       RUN ln -sf /bin/bash /bin/sh
#       COPY build.sh /usr/local/bin/build.sh
#       RUN /usr/local/bin/build.sh
#       USER 1000
#     good: |
#       FROM debian:12.11-slim
#       SHELL ["/bin/bash", "-c"]
#       COPY build.sh /usr/local/bin/build.sh
#       RUN /usr/local/bin/build.sh
#       USER 1000
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL4005
#     - https://docs.docker.com/reference/dockerfile/#shell
package ferrolint.general.ln_bin_sh

import data.ferrolint.general.lib
import rego.v1

findings contains {"message": "ln over /bin/sh changes the shell of the whole image: use SHELL for the RUN instructions", "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "ln"
	e.args[count(e.args) - 1] == "/bin/sh"
}
