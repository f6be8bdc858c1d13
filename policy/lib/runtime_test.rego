package ferrolint.lib.runtime_test

import data.ferrolint.lib.fixtures as fx
import data.ferrolint.lib.runtime
import rego.v1

test_workdir_joins_relative_dirs_after_the_last_absolute if {
	d := fx.doc([fx.stage("rust:1.94", "", [fx.other("WORKDIR", "/a"), fx.other("WORKDIR", "b/"), fx.run("x"), fx.other("WORKDIR", "/c"), fx.run("y")])])
	runtime.workdir(0, 3) == "/a/b" with input as d
	runtime.workdir(0, 5) == "/c" with input as d
	runtime.workdir(0, 1) == "/" with input as d
}

test_workdir_with_a_variable_is_unknown if {
	d := fx.doc([fx.stage("rust:1.94", "", [fx.other("WORKDIR", "$APP"), fx.run("x")])])
	not runtime.workdir(0, 2) with input as d
}

test_absolute_and_clean if {
	runtime.absolute("/app", "target") == "/app/target"
	runtime.absolute("/app", "/x/./y/") == "/x/y"
	runtime.clean("//a//b/.") == "/a/b"
}

test_shellless_images if {
	every image in ["scratch", "gcr.io/distroless/cc-debian13:nonroot", "cgr.dev/chainguard/static:latest"] {
		runtime.shellless_why with input as fx.doc([fx.stage(image, "", [])])
	}
	every image in ["gcr.io/distroless/cc-debian13:debug", "debian:trixie-slim", "cgr.dev/chainguard/static:latest-dev"] {
		not runtime.shellless_why with input as fx.doc([fx.stage(image, "", [])])
	}
}

test_passwd_knowledge if {
	runtime.passwd_lacks("app") == "scratch has no /etc/passwd" with input as fx.doc([fx.stage("scratch", "", [])])
	not runtime.passwd_lacks("nonroot") with input as fx.doc([fx.stage("gcr.io/distroless/static-debian13", "", [])])
	not runtime.passwd_lacks("app") with input as fx.doc([fx.stage("debian:trixie-slim", "", [])])
	runtime.numeric("65532")
	not runtime.numeric("app")
}
