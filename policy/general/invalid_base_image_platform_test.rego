package ferrolint.general.invalid_base_image_platform_test

import data.ferrolint.general.invalid_base_image_platform as rule
import data.ferrolint.lib.fixtures as fx
import rego.v1

# looked_up(image, platforms): FROM image, whose platforms the registry listed, built
# for linux/amd64 on linux/amd64.
looked_up(image, platforms) := json.patch(fx.doc([fx.stage(image, "", [fx.run("true")])]), [
	{"op": "add", "path": "/stages/0/from/ref/platforms", "value": platforms},
	{"op": "add", "path": "/target_platform", "value": "linux/amd64"},
	{"op": "add", "path": "/build_platform", "value": "linux/amd64"},
])

# with_platform: the same with FROM --platform=p and global ARGs args.
with_platform(doc, p, args) := json.patch(doc, [
	{"op": "replace", "path": "/stages/0/from/platform", "value": p},
	{"op": "replace", "path": "/stages/0/instructions/0/env", "value": args},
])

target(doc, p) := json.patch(doc, [{"op": "replace", "path": "/target_platform", "value": p}])

test_arm64_only_image_fires_for_amd64 if {
	fs := rule.findings with input as looked_up("arm64v8/alpine:3.20", ["linux/arm64/v8"])
	fs == {{
		"message": "base image arm64v8/alpine:3.20 is not built for linux/amd64 (the target platform): the registry lists linux/arm64/v8",
		"range": fx.rng(1, 6, 25),
	}}
}

test_multi_platform_image_is_clean if {
	count(rule.findings) == 0 with input as looked_up("alpine:3.20", ["linux/amd64", "linux/arm64/v8"])
}

test_without_registry_data_nothing_fires if {
	doc := json.patch(looked_up("arm64v8/alpine:3.20", ["linux/arm64/v8"]), [{"op": "remove", "path": "/stages/0/from/ref/platforms"}])
	count(rule.findings) == 0 with input as doc
}

test_without_target_platform_only_constant_platforms_are_judged if {
	doc := json.patch(looked_up("arm64v8/alpine:3.20", ["linux/arm64/v8"]), [
		{"op": "remove", "path": "/target_platform"},
		{"op": "remove", "path": "/build_platform"},
	])
	count(rule.findings) == 0 with input as doc
	count(rule.findings) == 0 with input as with_platform(doc, "$TARGETPLATFORM", {})
	count(rule.findings) == 1 with input as with_platform(doc, "linux/amd64", {})
}

test_arm64_spellings_match if {
	every p in ["linux/arm64", "linux/arm64/v8", "linux/aarch64", "LINUX/ARM64"] {
		count(rule.findings) == 0 with input as target(looked_up("alpine:3.20", ["linux/arm64/v8"]), p)
		count(rule.findings) == 0 with input as target(looked_up("alpine:3.20", ["linux/arm64"]), p)
	}
}

test_arm_variants if {
	doc := looked_up("alpine:3.20", ["linux/arm/v6"])

	# A v7 CPU runs v6 code; linux/arm means v7.
	count(rule.findings) == 0 with input as target(doc, "linux/arm/v7")
	count(rule.findings) == 0 with input as target(doc, "linux/arm")
	count(rule.findings) == 0 with input as target(doc, "linux/arm/v6")

	# A v6 CPU does not run v7 code.
	v7 := looked_up("alpine:3.20", ["linux/arm/v7"])
	count(rule.findings) == 1 with input as target(v7, "linux/arm/v6")
	count(rule.findings) == 0 with input as target(v7, "linux/arm")
	count(rule.findings) == 1 with input as target(v7, "linux/arm64")
}

test_from_platform_constant_is_the_requirement if {
	doc := looked_up("golang:1.23", ["linux/arm64/v8"])
	fs := rule.findings with input as with_platform(doc, "linux/amd64", {})
	[f.message | some f in fs] == ["base image golang:1.23 is not built for linux/amd64 (FROM --platform=linux/amd64): the registry lists linux/arm64/v8"]
	count(rule.findings) == 0 with input as with_platform(target(doc, "linux/s390x"), "linux/arm64", {})
}

test_from_platform_resolves_builtin_and_global_args if {
	doc := target(looked_up("golang:1.23", ["linux/amd64"]), "linux/arm64")

	# BUILDPLATFORM is the host's (amd64): the image fits although the target does not.
	count(rule.findings) == 0 with input as with_platform(doc, "$BUILDPLATFORM", {})
	count(rule.findings) == 0 with input as with_platform(doc, "${BUILDOS}/${BUILDARCH}", {})
	fs := rule.findings with input as with_platform(doc, "$TARGETPLATFORM", {})
	[f.message | some f in fs] == ["base image golang:1.23 is not built for linux/arm64 (FROM --platform=$TARGETPLATFORM): the registry lists linux/amd64"]
	count(rule.findings) == 1 with input as with_platform(doc, "linux/${ARCH}", {"ARCH": "arm64"})
	count(rule.findings) == 0 with input as with_platform(doc, "linux/${ARCH}", {"ARCH": "amd64"})

	# Automatic platform ARGs win over ARG defaults, as build arguments do.
	count(rule.findings) == 0 with input as with_platform(doc, "$BUILDPLATFORM", {"BUILDPLATFORM": "linux/arm64"})
}

test_unknown_platform_values_are_not_judged if {
	doc := looked_up("golang:1.23", ["linux/arm64"])
	every p in ["$PLATFORM", "${PLATFORM:-linux/amd64}", "linux", "linux/amd64/v2/x"] {
		count(rule.findings) == 0 with input as with_platform(doc, p, {})
	}
}

test_stages_and_images_without_platforms_are_not_judged if {
	doc := json.patch(fx.doc([fx.stage("alpine:3.20", "base", []), fx.stage("base", "", [fx.run("true")])]), [
		{"op": "add", "path": "/stages/0/from/ref/platforms", "value": ["linux/amd64"]},
		{"op": "add", "path": "/stages/1/from/ref/platforms", "value": ["linux/arm64"]},
		{"op": "add", "path": "/target_platform", "value": "linux/amd64"},
	])
	count(rule.findings) == 0 with input as doc
	count(rule.findings) == 0 with input as json.patch(doc, [{"op": "replace", "path": "/stages/0/from/ref/platforms", "value": []}])
}

test_normalize if {
	rule.normalize("linux/arm64/v8") == {"os": "linux", "arch": "arm64", "variant": ""}
	rule.normalize("linux/armhf") == {"os": "linux", "arch": "arm", "variant": "v7"}
	rule.normalize("linux/arm") == {"os": "linux", "arch": "arm", "variant": "v7"}
	rule.normalize("Linux/X86_64") == {"os": "linux", "arch": "amd64", "variant": ""}
	rule.normalize("linux/amd64/v3") == {"os": "linux", "arch": "amd64", "variant": "v3"}
	not rule.normalize("linux")
}
