package ferrolint.rust.healthcheck_without_shell_test

import data.ferrolint.rust.healthcheck_without_shell as rule
import rego.v1

hc(form, program) := {"keyword": "HEALTHCHECK", "form": form, "commands": [{"name": program, "args": [program]}]}

test_shell_form_needs_a_shell if {
	rule.needs(hc("shell", "curl")) == "HEALTHCHECK CMD in shell form runs /bin/sh -c"
}

test_curl_and_wget_in_exec_form if {
	rule.needs(hc("exec", "curl")) == "HEALTHCHECK runs curl"
	rule.needs(hc("exec", "wget")) == "HEALTHCHECK runs wget"
	not rule.needs(hc("exec", "app"))
}
