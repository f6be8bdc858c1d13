package rules

import (
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/policy"
)

// testPack is a pack with one rule whose findings body is given.
func testPack(t *testing.T, body string) fs.FS {
	t.Helper()
	schema, err := fs.ReadFile(policy.FS, policy.SchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	src := "# METADATA\n# title: Test rule\n# custom:\n#   id: TT001\n#   name: test-rule\n#   severity: info\n#   aliases: [XX9]\npackage ferrolint.test.rule\n\n" + body + "\n"
	return fstest.MapFS{policy.SchemaFile: {Data: schema}, "test/rule.rego": {Data: []byte(src)}}
}

func lint(t *testing.T, e *Engine, src string) ([]Finding, error) {
	t.Helper()
	f, err := dockerfile.Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return e.Lint(context.Background(), f)
}

func TestFindingsCarryMetadataSeverityAndFix(t *testing.T) {
	e, err := newEngine(testPack(t, `findings contains {"message": sprintf("base %s", [s.from.image]), "range": s.from.range, "severity": "error",
	"fix": {"description": "pin it", "safe": true, "edits": [{"range": s.from.range, "new_text": "a:1"}]}} if {
	some s in input.stages
}`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := lint(t, e, "FROM a\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("findings = %+v", got)
	}
	g := got[0]
	if g.Rule.ID != "TT001" || g.Rule.Name != "test-rule" || g.Severity != Error || g.Message != "base a" || g.Range != (dockerfile.Range{Line: 1, Column: 6, EndLine: 1, EndColumn: 7}) {
		t.Errorf("finding = %+v", g)
	}
	if g.Fix == nil || !g.Fix.Safe || g.Fix.Description != "pin it" || len(g.Fix.Edits) != 1 || g.Fix.Edits[0].NewText != "a:1" {
		t.Errorf("fix = %+v", g.Fix)
	}
}

func TestMalformedFindingsNameTheRule(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"no range", `findings contains {"message": "m"} if true`, `rule TT001: a finding needs a "range" object`},
		{"not an object", `findings contains "just text" if true`, "rule TT001: a finding must be an object, got string"},
		{"range outside the file", `findings contains {"message": "m", "range": {"line": 9, "column": 1, "end_line": 9, "end_column": 2}} if true`, "rule TT001: range 9:1-9:2 is outside the file"},
		{"bad severity", `findings contains {"message": "m", "range": input.stages[0].from.range, "severity": "fatal"} if true`, `rule TT001: severity "fatal" is not`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := newEngine(testPack(t, tc.body), Options{})
			if err != nil {
				t.Fatal(err)
			}
			_, err = lint(t, e, "FROM a\n")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestDisableByIDNameOrAlias(t *testing.T) {
	for _, key := range []string{"TT001", "test-rule", "xx9"} {
		e, err := newEngine(testPack(t, `findings contains {"message": "m", "range": input.stages[0].from.range} if true`), Options{Disable: []string{key}})
		if err != nil {
			t.Fatal(err)
		}
		got, err := lint(t, e, "FROM a\n")
		if err != nil || len(got) != 0 {
			t.Errorf("disable %s: findings %v, err %v", key, got, err)
		}
		for _, r := range e.Rules() {
			if r.ID == "TT001" {
				t.Errorf("disable %s: rule still listed", key)
			}
		}
	}
	if _, err := New(Options{Disable: []string{"NOPE1"}}); err == nil || !strings.Contains(err.Error(), `unknown rule "NOPE1"`) {
		t.Errorf("unknown rule: err = %v", err)
	}
}

func TestSyntaxErrorsAreFindings(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := lint(t, e, "FROM rust:1.94-slim-trixie\nRN cargo build\n")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, g := range got {
		ids = append(ids, g.Rule.ID)
		if g.Rule.ID == "FL000" && (g.Message != "unknown instruction: RN" || g.Range.Line != 2 || g.Severity != Error) {
			t.Errorf("FL000 = %+v", g)
		}
	}
	if !strings.Contains(strings.Join(ids, " "), "FL000") {
		t.Errorf("no FL000 in %v", ids)
	}
}

func TestMetadataErrorsNameTheFile(t *testing.T) {
	schema, _ := fs.ReadFile(policy.FS, policy.SchemaFile)
	src := "# METADATA\n# custom:\n#   id: TT002\n#   name: x\n#   severity: fatal\npackage ferrolint.test.x\n"
	_, err := newEngine(fstest.MapFS{policy.SchemaFile: {Data: schema}, "t/x.rego": {Data: []byte(src)}}, Options{})
	if err == nil || !strings.Contains(err.Error(), `t/x.rego:1: rule TT002: severity "fatal"`) {
		t.Errorf("err = %v", err)
	}
}
