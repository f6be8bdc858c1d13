package ferrolint.general.copy_whole_filesystem_test

import data.ferrolint.general.copy_whole_filesystem as whole
import data.ferrolint.lib.fixtures as fx
import rego.v1

test_whole_filesystem_fires_for_os_stages_only if {
	fs := whole.findings with input as fx.doc([fx.stage("debian:12", "base", []), fx.stage("alpine:3", "", [fx.copy("--from=base / /")])])
	[f.message | some f in fs] == ["COPY --from=base / copies its whole filesystem: copy only what you need"]
	count(whole.findings) == 0 with input as fx.doc([fx.stage("scratch", "out", []), fx.stage("alpine:3", "", [fx.copy("--from=out / /")])])
	count(whole.findings) == 0 with input as fx.doc([fx.stage("tonistiigi/xx:1.5.0", "xx", []), fx.stage("alpine:3", "", [fx.copy("--from=xx / /")])])
}
