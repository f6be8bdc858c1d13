package ferrolint.general.copy_then_extract_test

import data.ferrolint.general.copy_then_extract as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

lint(body) := fs if {
	fs := rule.findings with input as fx.doc([fx.stage("debian:12", "", body)])
}

test_copied_archive_extracted_later_fires if {
	lint([fx.copy("app.tar.gz /tmp/"), fx.run("tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz")]) == {{
		"message": "COPY of app.tar.gz, which tar extracts on line 3: ADD extracts local tar archives itself, in one layer",
		"range": fx.rng(2, 1, 22),
	}}
	count(lint([fx.copy("dist/x.tgz /tmp/"), fx.run("tar xzf /tmp/x.tgz")])) == 1
	count(lint([fx.copy("build.tar.xz /tmp/rootfs.tar.xz"), fx.run("tar --extract --file=/tmp/rootfs.tar.xz")])) == 1
}

test_extraction_in_a_stage_built_from_it_fires if {
	fs := rule.findings with input as fx.doc([
		fx.stage("debian:12", "base", [fx.copy("vendor.tar /src/")]),
		fx.stage("base", "", [fx.run("tar -xf /src/vendor.tar -C /src")]),
	])
	count(fs) == 1
}

test_what_add_cannot_do_is_clean if {
	count(lint([fx.copy("app.zip /tmp/"), fx.run("unzip /tmp/app.zip")])) == 0
	count(lint([fx.copy("app.tar.gz /tmp/"), fx.run("tar -tzf /tmp/app.tar.gz")])) == 0
	count(lint([fx.copy("app.tar.gz /tmp/"), fx.run("tar -xzf /tmp/app.tar.gz --strip-components=1 -C /opt")])) == 0
	count(lint([fx.copy("app.tar.gz /tmp/"), fx.run("tar -xzf /tmp/app.tar.gz app/bin")])) == 0
	count(lint([fx.copy("app.tar.gz /tmp/"), fx.run("tar -xzf /tmp/other.tar.gz")])) == 0
	count(lint([fx.run("tar -xzf /tmp/app.tar.gz"), fx.copy("app.tar.gz /tmp/")])) == 0
}

test_copy_from_another_stage_is_clean if {
	fs := rule.findings with input as fx.doc([
		fx.stage("debian:12", "dl", [fx.run("curl -o /a.tar.gz https://example.com/a.tar.gz")]),
		fx.stage("debian:12", "", [fx.copy("--from=dl /a.tar.gz /tmp/"), fx.run("tar -xzf /tmp/a.tar.gz")]),
	])
	count(fs) == 0
}
