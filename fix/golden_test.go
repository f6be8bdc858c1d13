package fix

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/parser"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/fix")

// fixable are the rules the Rust golden files are about; other rules are
// left out so that a new rule does not change every golden file.
var fixable = []string{"RS001", "RS002", "RS003", "RS004", "RS005"}

func rustEngine(t testing.TB) *rules.Engine {
	t.Helper()
	return engineOf(t, fixable)
}

// caseEngine lints a golden case: a case named after a general rule
// ("df019-...") runs that rule only, any other case the Rust pack's fixes.
func caseEngine(t testing.TB, dir string) *rules.Engine {
	t.Helper()
	id, _, _ := strings.Cut(filepath.Base(dir), "-")
	if strings.HasPrefix(id, "df") {
		return engineOf(t, []string{strings.ToUpper(id)})
	}
	return rustEngine(t)
}

// engineOf runs the rules ids (and the syntax check) only.
func engineOf(t testing.TB, ids []string) *rules.Engine {
	t.Helper()
	all, err := rules.New(rules.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var disable []string
	for _, r := range all.Rules() {
		if !slices.Contains(ids, r.ID) && r.ID != rules.SyntaxRule.ID {
			disable = append(disable, r.ID)
		}
	}
	e, err := rules.New(rules.Options{Disable: disable})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func linter(t testing.TB, e *rules.Engine) Lint {
	return func(src []byte) ([]rules.Finding, error) {
		f, err := dockerfile.Parse("Dockerfile", src)
		if err != nil {
			return nil, err
		}
		return e.Lint(context.Background(), f)
	}
}

// TestGolden fixes every testdata/fix/*/input.Dockerfile with --fix and with
// --fix-unsafe and compares the text and the diff with fix.Dockerfile,
// fix.diff, fix-unsafe.Dockerfile and fix-unsafe.diff. It also checks that a
// second run changes nothing, that no finding of a rule whose fix was
// applied is left, and that the result parses.
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob("../testdata/fix/*/input.Dockerfile")
	if len(inputs) == 0 {
		t.Fatal("no golden inputs")
	}
	for _, in := range inputs {
		dir := filepath.Dir(in)
		lint := linter(t, caseEngine(t, dir))
		src, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		for _, mode := range []string{"fix", "fix-unsafe"} {
			t.Run(filepath.Base(dir)+"/"+mode, func(t *testing.T) {
				unsafe := mode == "fix-unsafe"
				findings, err := lint(src)
				if err != nil {
					t.Fatal(err)
				}
				res, err := Run(src, findings, lint, unsafe)
				if err != nil {
					t.Fatal(err)
				}
				golden(t, filepath.Join(dir, mode+".Dockerfile"), res.Text)
				golden(t, filepath.Join(dir, mode+".diff"), []byte(Unified("Dockerfile", src, res.Text)))

				again, err := Run(res.Text, res.Findings, lint, unsafe)
				if err != nil || again.Changed(res.Text) {
					t.Errorf("a second run changed the text (err %v):\n%s", err, Unified("Dockerfile", res.Text, again.Text))
				}
				for _, f := range res.Findings {
					if f.Rule.ID == rules.SyntaxRule.ID {
						t.Errorf("the fixed text does not parse: line %d: %s", f.Range.Line, f.Message)
					}
				}
				// A rule whose fix was applied keeps only the findings it
				// offered no applicable fix for.
				for _, a := range res.Applied {
					left := countOf(res.Findings, a.Rule.ID, func(rules.Finding) bool { return true })
					unfixable := countOf(findings, a.Rule.ID, func(f rules.Finding) bool {
						return f.Fix == nil || (!f.Fix.Safe && !unsafe)
					})
					if left != unfixable {
						t.Errorf("%s was fixed but fires %d times, %d of its findings had no fix", a.Rule.ID, left, unfixable)
					}
				}
				if len(res.Unapplied) > 0 {
					t.Errorf("unapplied fixes: %+v", res.Unapplied)
				}
			})
		}
	}
}

// countOf counts the findings of rule id that keep says to count.
func countOf(findings []rules.Finding, id string, keep func(rules.Finding) bool) int {
	n := 0
	for _, f := range findings {
		if f.Rule.ID == id && keep(f) {
			n++
		}
	}
	return n
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./fix -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs:\n%s", path, Unified(path, want, got))
	}
}

// TestShowcase: the seed article's naive single-stage file, fixed with
// --fix-unsafe, becomes a multi-stage, pinned, cached, non-root, correctly
// linked Dockerfile: the Rust pack finds nothing and BuildKit accepts it.
func TestShowcase(t *testing.T) {
	lint := linter(t, rustEngine(t))
	src, err := os.ReadFile("../testdata/fix/naive/input.Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	findings, err := lint(src)
	if err != nil {
		t.Fatal(err)
	}
	if got := ruleIDs(findings); got != "RS001 RS002 RS004 RS003" {
		t.Fatalf("the naive file has findings %s", got)
	}
	res, err := Run(src, findings, lint, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 0 {
		t.Fatalf("left after fixing: %s\n%s", ruleIDs(res.Findings), res.Text)
	}

	ast, err := parser.Parse(bytes.NewReader(res.Text))
	if err != nil {
		t.Fatalf("BuildKit's parser rejects the result: %v", err)
	}
	stages, _, err := instructions.Parse(ast.AST, nil)
	if err != nil {
		t.Fatalf("BuildKit rejects the instructions: %v", err)
	}
	var bases []string
	for _, s := range stages {
		bases = append(bases, s.BaseName+" AS "+s.Name)
	}
	want := []string{
		"rust:1.94-trixie AS planner",
		"rust:1.94-trixie AS builder",
		"gcr.io/distroless/cc-debian13:nonroot AS ",
	}
	if !slices.Equal(bases, want) {
		t.Fatalf("stages %q, want %q", bases, want)
	}
	text := string(res.Text)
	for _, line := range []string{
		"RUN cargo chef cook --release --recipe-path recipe.json\nCOPY . .\nRUN cargo build --release\n",
		"COPY --from=builder /app/target/release/my-api /app\nENTRYPOINT [\"/app\"]\n",
	} {
		if !strings.Contains(text, line) {
			t.Errorf("the result lacks %q:\n%s", line, text)
		}
	}
}
