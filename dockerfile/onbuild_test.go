package dockerfile

import (
	"reflect"
	"testing"
)

func TestOnbuildTrigger(t *testing.T) {
	f := parse(t, "FROM debian:13 AS base\nARG V=1\nENV A=2\nONBUILD RUN --mount=type=cache,target=/root/.cache \\\n    apt-get install -y foo=$V$A && sh -c 'curl x | tar -xz'\nUSER 1000\nONBUILD USER root\nONBUILD ENV B=3\n")
	s := f.Stages[0]
	ob := s.Instructions[3]
	if ob.Keyword != "ONBUILD" || ob.Trigger == nil {
		t.Fatalf("instruction 3 = %s, trigger %v", ob.Keyword, ob.Trigger)
	}
	run := ob.Trigger
	if run.Keyword != "RUN" || run.Form != "shell" || run.Index != ob.Index || rng(run.Range) != "4:9-5:60" {
		t.Errorf("trigger = %s %s index %d at %s", run.Keyword, run.Form, run.Index, rng(run.Range))
	}
	if len(run.Mounts) != 1 || run.Mounts[0].Target != "/root/.cache" || rng(run.Mounts[0].Range) != "4:13-4:51" {
		t.Errorf("mounts = %+v", run.Mounts)
	}
	// ARG V is gone in the child's build; ENV A is in the image.
	want := []string{"apt-get install -y foo=$V2 @5:5-5:32", "sh -c curl x | tar -xz @5:36-5:60", "curl x @5:43-5:49 wrapped", "tar -xz @5:52-5:59 wrapped"}
	if got := cmds(run); !reflect.DeepEqual(got, want) {
		t.Errorf("commands = %q, want %q", got, want)
	}
	// ONBUILD USER does not change the stage's user; ONBUILD ENV not its env.
	if s.User == nil || s.User.Value != "1000" {
		t.Errorf("stage user = %+v", s.User)
	}
	if env := s.Instructions[6].Trigger; env.Keyword != "ENV" || len(env.Pairs) != 1 || env.Pairs[0].Key != "B" || rng(env.Pairs[0].Range) != "8:13-8:16" {
		t.Errorf("ONBUILD ENV trigger = %+v", env)
	}
	if _, ok := s.Instructions[6].Env["B"]; ok {
		t.Error("ONBUILD ENV B reached the stage's env")
	}
	if s.Instructions[1].Trigger != nil {
		t.Error("ARG has a trigger")
	}
}

func TestOnbuildTriggerExecFormAndEscape(t *testing.T) {
	f := parse(t, "# escape=`\nFROM debian:13\nONBUILD RUN [\"sh\", \"-c\", \"make install\"]\nONBUILD RUN apt-get update && `\n  apt-get install -y foo\n")
	exec := f.Stages[0].Instructions[1].Trigger
	if exec.Form != "exec" || len(exec.Args) != 3 || exec.Args[2].Value != "make install" {
		t.Errorf("exec trigger = %+v", exec)
	}
	if got, want := cmds(f.Stages[0].Instructions[2].Trigger), []string{"apt-get update @4:13-4:27", "apt-get install -y foo @5:3-5:25"}; !reflect.DeepEqual(got, want) {
		t.Errorf("commands = %q, want %q", got, want)
	}
}
