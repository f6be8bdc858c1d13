package dockerfile

import "testing"

// A "# check=" comment above an instruction made BuildKit's ParseInstruction
// panic with its nil linter.
func TestCheckCommentAboveAnInstructionParses(t *testing.T) {
	src := "# check=skip=JSONArgsRecommended\nFROM debian:12 AS base\n# check=skip=StageNameCasing,FromAsCasing reason\nFROM base AS Final\n# check=skip=all\nCMD app\n"
	f, err := Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Errors) != 0 || len(f.Stages) != 2 || len(f.Stages[1].Instructions) != 2 {
		t.Fatalf("errors %v, stages %d", f.Errors, len(f.Stages))
	}
	if f.Directives["check"] != "skip=JSONArgsRecommended" {
		t.Errorf("check directive = %q", f.Directives["check"])
	}
}
