package rules

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ferrolint/ferrolint/policy"
)

func TestPolicyIsTypeCheckedAgainstTheInputSchema(t *testing.T) {
	schema, err := fs.ReadFile(policy.FS, policy.SchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, body, wantErr string
	}{
		{"a misspelt top-level field", `input.stage[_].final`, "typo.rego:10: undefined ref: input.stage"},
		{"a misspelt nested field", `input.stages[_].fron.image == "x"`, "typo.rego:10: undefined ref: input.stages[_].fron"},
		{"a wrong type", `input.stages[_].index == "one"`, "typo.rego:10: match error"},
		{"a correct reference", `input.stages[_].from.ref.tag == "latest"`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "# METADATA\n# title: t\n# custom:\n#   id: XX001\n#   name: typo\n#   severity: warning\npackage ferrolint.test.typo\n\nfindings contains {\"message\": \"m\", \"range\": {}} if {\n\t" + tc.body + "\n}\n"
			mods, err := loadModules(fstest.MapFS{"typo.rego": {Data: []byte(src)}}, false)
			if err != nil {
				t.Fatal(err)
			}
			_, err = compile(mods, schema)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("error = %v, want it to contain %q", err, tc.wantErr)
			}
		})
	}
}
