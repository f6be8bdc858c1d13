package ferrolint.general.env_self_reference_test

import data.ferrolint.general.env_self_reference as self_ref
import data.ferrolint.lib.fixtures as fx
import rego.v1

test_env_referring_to_a_pair_of_the_same_env_fires if {
	fs := self_ref.findings with input as fx.doc([fx.stage("debian:12", "", [fx.env("A=1 B=${A}/x")])])
	[f.message | some f in fs] == ["B refers to A, which this ENV sets: it still sees the old value; use a second ENV"]
}

test_own_old_value_and_other_envs_are_clean if {
	count(self_ref.findings) == 0 with input as fx.doc([fx.stage("debian:12", "", [fx.env("PATH=/x:$PATH AB=$ABC")])])
	count(self_ref.findings) == 0 with input as fx.doc([fx.stage("debian:12", "", [fx.env("A=1"), fx.env("B=$A")])])
}
