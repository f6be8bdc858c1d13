# METADATA
# title: Stage named scratch or context
# description: |
#   `scratch` is the empty image and `context` the build context in `--from` and
#   `--mount from=`; a stage with either name makes references ambiguous.
# custom:
#   id: DF029
#   name: reserved-stage-name
#   severity: error
#   aliases: [DL3063, ReservedStageName]
#   fix: Rename the stage.
package ferrolint.general.reserved_stage_name

import rego.v1

findings contains {"message": sprintf("stage name %s is reserved: rename the stage", [s.name]), "range": s.instructions[0].args[2].range} if {
	some s in input.stages
	s.name in {"scratch", "context"}
	count(s.instructions[0].args) == 3
}
