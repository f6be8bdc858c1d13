package ferrolint.general.apk_cache_kept_test

import data.ferrolint.general.apk_cache_kept as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("alpine:3.20", "", body)])
}

test_add_without_no_cache_fires if {
	lint([fx.run("apk add curl=8.5.0-r0")]) == {{"message": "apk add without --no-cache keeps the package index in /var/cache/apk", "range": fx.rng(2, 5, 26)}}
}

test_no_cache_mount_and_removal_are_clean if {
	count(lint([fx.run("apk add --no-cache curl")])) == 0
	count(lint([fx.run_cache("/var/cache/apk", "apk add curl")])) == 0
	count(lint([fx.run("apk add curl && rm -rf /var/cache/apk/*")])) == 0
}
