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
package ferrolint.general.ln_bin_sh

import data.ferrolint.general.lib
import rego.v1

findings contains {"message": "ln over /bin/sh changes the shell of the whole image: use SHELL for the RUN instructions", "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "ln"
	e.args[count(e.args) - 1] == "/bin/sh"
}
