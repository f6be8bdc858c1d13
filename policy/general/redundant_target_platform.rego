# METADATA
# title: FROM --platform=$TARGETPLATFORM is redundant
# description: |
#   A stage is built for the target platform unless told otherwise, so
#   `--platform=$TARGETPLATFORM` changes nothing and suggests that it does.
# custom:
#   id: DF024
#   name: redundant-target-platform
#   severity: info
#   aliases: [DL3065, RedundantTargetPlatform]
#   fix: Remove --platform=$TARGETPLATFORM.
package ferrolint.general.redundant_target_platform

import rego.v1

findings contains {"message": "--platform=$TARGETPLATFORM is the default: remove it", "range": fl.range} if {
	some s in input.stages
	s.from.platform in {"$TARGETPLATFORM", "${TARGETPLATFORM}"}
	some fl in s.instructions[0].flags
	fl.name == "platform"
}
