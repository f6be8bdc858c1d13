package rules

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/dockerfile"
)

// corpusDir is the dev corpus of real Rust Dockerfiles, beside the checkout.
const corpusDir = "../../shared/corpus/dev"

// TestCorpusRegression lints every file of the dev corpus and compares the
// Rust pack's findings (rule, position, severity) with the reviewed
// expectations in testdata/corpus/dev.expect. Without the corpus the test is
// skipped, except in CI (CI=true), where the corpus must be there.
func TestCorpusRegression(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.Dockerfile"))
	if len(paths) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no corpus at %s (CI=true)", corpusDir)
		}
		t.Skipf("no corpus at %s", corpusDir)
	}
	want, err := readExpectations("../testdata/corpus/dev.expect")
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, p := range paths {
		id := strings.TrimSuffix(filepath.Base(p), ".Dockerfile")
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := dockerfile.Parse(filepath.Base(p), src)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		fs, err := e.Lint(context.Background(), f)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		got[id] = []string{}
		for _, x := range fs {
			if strings.HasPrefix(x.Rule.ID, "RS") {
				got[id] = append(got[id], fmt.Sprintf("%d:%d %s %s", x.Range.Line, x.Range.Column, x.Rule.ID, x.Severity))
			}
		}
	}
	for id := range want {
		if _, ok := got[id]; !ok {
			t.Errorf("dev.expect lists %s, which is not in the corpus", id)
		}
	}
	for id, g := range got {
		w, ok := want[id]
		if !ok {
			t.Errorf("%s.Dockerfile has no expectations in dev.expect", id)
			continue
		}
		slices.Sort(g)
		slices.Sort(w)
		for _, x := range g {
			if !slices.Contains(w, x) {
				t.Errorf("%s.Dockerfile: unexpected %s", id, x)
			}
		}
		for _, x := range w {
			if !slices.Contains(g, x) {
				t.Errorf("%s.Dockerfile: missing %s", id, x)
			}
		}
	}
}

// readExpectations reads "<id> <line>:<col> <rule> <severity>" lines, and
// "<id> -" for a file without findings; "#" starts a comment.
func readExpectations(path string) (map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string][]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		switch {
		case len(fields) == 0:
		case len(fields) == 2 && fields[1] == "-":
			out[fields[0]] = []string{}
		case len(fields) == 4:
			out[fields[0]] = append(out[fields[0]], strings.Join(fields[1:], " "))
		default:
			return nil, fmt.Errorf("%s:%d: want \"<id> <line>:<col> <rule> <severity>\" or \"<id> -\"", path, n)
		}
	}
	return out, sc.Err()
}
