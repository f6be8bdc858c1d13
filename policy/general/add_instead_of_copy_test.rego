package ferrolint.general.add_instead_of_copy_test

import data.ferrolint.general.add_instead_of_copy as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

test_local_files_fire_with_a_copy_fix if {
	some f in lint([fx.add("app.py config.zip /app/")])
	f.message == "ADD of local files (app.py, config.zip): use COPY; ADD is for URLs and tar archives to extract"
	f.range == fx.rng(2, 1, 28)
	f.fix.edits == [{"range": fx.rng(2, 1, 4), "new_text": "COPY"}]
}

test_urls_archives_variables_and_checksums_are_clean if {
	count(lint([fx.add("https://example.com/x.tar.gz /opt/")])) == 0
	count(lint([fx.add("rootfs.tar.xz /")])) == 0
	count(lint([fx.add("$SRC /app/")])) == 0
	count(lint([fx.add("--checksum=sha256:abc https://example.com/x /x")])) == 0
	count(lint([fx.add("git@github.com:a/b.git /src")])) == 0
}

test_mixed_sources_are_clean if {
	count(lint([fx.add("vendor.tar.gz app.py /app/")])) == 0
}
