package ferrolint.general.copy_dest_slash_test

import data.ferrolint.general.copy_dest_slash as dest_slash
import data.ferrolint.lib.fixtures as fx
import rego.v1

test_several_sources_need_a_directory if {
	fs := dest_slash.findings with input as fx.doc([fx.stage("debian:12", "", [fx.copy("a b /app")])])
	fs == {{"message": "COPY of 2 sources to /app: the destination must end with /", "range": fx.rng(2, 6, 10)}}
	count(dest_slash.findings) == 0 with input as fx.doc([fx.stage("debian:12", "", [fx.copy("a b /app/"), fx.copy("a /app")])])
}
