package fix

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/rules"
)

// FuzzFix checks, for any text, that the fix of every finding applied alone
// adds no syntax error, and that fixing (with unsafe fixes) reaches a fixed
// point: fixing the result again changes nothing. Seeds: the Dockerfiles in
// testdata/ and, when present, the dev corpus in /work/shared/corpus/dev.
func FuzzFix(f *testing.F) {
	for _, pattern := range []string{
		"../testdata/*/*.Dockerfile",
		"../testdata/*/*/*.Dockerfile",
		"/work/shared/corpus/dev/*",
	} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			if src, err := os.ReadFile(p); err == nil && len(src) < 64<<10 {
				f.Add(src)
			}
		}
	}
	engine, err := rules.New(rules.Options{})
	if err != nil {
		f.Fatal(err)
	}
	lint := func(src []byte) ([]rules.Finding, error) {
		file, err := dockerfile.Parse("Dockerfile", src)
		if err != nil {
			return nil, err
		}
		return engine.Lint(context.Background(), file)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		findings, err := lint(src)
		if errors.Is(err, dockerfile.ErrBinary) {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, fd := range findings {
			if !Applicable(fd, true) {
				continue
			}
			p := Apply(src, []rules.Finding{fd}, true)
			for _, s := range p.Skipped {
				t.Errorf("the fix of %s (line %d) cannot be applied: %s", fd.Rule.ID, fd.Range.Line, s.Reason)
			}
			after, err := lint(p.Text)
			if err != nil {
				t.Fatal(err)
			}
			if se, broke := addedSyntaxError(findings, after); broke {
				t.Errorf("the fix of %s (line %d) breaks the file: line %d: %s\n%s", fd.Rule.ID, fd.Range.Line, se.Range.Line, se.Message, Unified("Dockerfile", src, p.Text))
			}
		}
		once, err := Run(src, findings, lint, true)
		if err != nil {
			t.Fatal(err)
		}
		twice, err := Run(once.Text, once.Findings, lint, true)
		if err != nil {
			t.Fatal(err)
		}
		if twice.Changed(once.Text) {
			t.Errorf("fixing twice differs from fixing once:\n%s", Unified("Dockerfile", once.Text, twice.Text))
		}
	})
}
