package ferrolint.general.expose_invalid_test

import data.ferrolint.general.expose_invalid as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(ports) := {f.message | some f in fs} if {
	doc := fx.doc([fx.stage("debian:12", "", [fx.other("EXPOSE", "80")])])
	args := [{"value": p, "range": fx.rng(2, 8, 8 + count(p))} | some p in ports]
	fs := rule.findings with input as json.patch(doc, [{"op": "replace", "path": "/stages/0/instructions/1/args", "value": args}])
}

test_bad_ports_fire if {
	lint(["70000", "0", "80/TCP", "8080:80", "53/icmp", "http"]) == {
		"EXPOSE 70000: port 70000 is outside 1-65535",
		"EXPOSE 0: port 0 is outside 1-65535",
		"EXPOSE 80/TCP: write the protocol in lower case (tcp)",
		"EXPOSE 8080:80 maps a host address or port: EXPOSE takes the container port only",
		"EXPOSE 53/icmp: the protocol must be tcp, udp or sctp",
		"EXPOSE http: http is not a port number",
	}
}

test_good_ports_are_clean if {
	lint(["80", "443/tcp", "53/udp", "8000-8010", "$PORT"]) == set()
}
