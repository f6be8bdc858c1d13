package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"go/version"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/rules"
	"github.com/moby/patternmatcher"
	"github.com/moby/patternmatcher/ignorefile"
)

// TestOwnImage lints ferrolint's own Containerfile with the real engine:
// any finding is a flaw of the image or a false positive of a rule. It also
// holds the image to its design: a Go builder at least as new as go.mod
// asks, and an exec-form entry point on distroless/static as non-root.
func TestOwnImage(t *testing.T) {
	root := repoRoot(t)
	src, err := os.ReadFile(filepath.Join(root, "Containerfile"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := dockerfile.Parse("Containerfile", src)
	if err != nil {
		t.Fatal(err)
	}
	engine, err := rules.New(rules.Options{})
	if err != nil {
		t.Fatal(err)
	}
	findings, err := engine.Lint(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	for _, fd := range findings {
		t.Errorf("Containerfile:%d:%d: %s[%s]: %s", fd.Range.Line, fd.Range.Column, fd.Severity, fd.Rule.ID, fd.Message)
	}

	if len(f.Stages) != 2 {
		t.Fatalf("got %d stages, want a builder and a runtime stage", len(f.Stages))
	}
	build, final := f.Stages[0].From.Ref, f.Stages[1].From.Ref
	goVersion, suite, _ := strings.Cut(build.Tag, "-")
	if build.Name != "golang" || suite != "trixie" {
		t.Errorf("builder is %s:%s, want golang:<go version>-trixie", build.Name, build.Tag)
	}
	if want := goDirective(t, root); version.Compare("go"+goVersion, "go"+want) < 0 {
		t.Errorf("builder Go %s is older than go.mod's go %s", goVersion, want)
	}
	if final.Name != "gcr.io/distroless/static-debian13" || final.Tag != "nonroot" {
		t.Errorf("runtime base is %s:%s, want gcr.io/distroless/static-debian13:nonroot", final.Name, final.Tag)
	}
	var entrypoint *dockerfile.Instruction
	for _, in := range f.Stages[1].Instructions {
		if in.Keyword == "ENTRYPOINT" {
			entrypoint = in
		}
	}
	if entrypoint == nil || entrypoint.Form != "exec" {
		t.Errorf("the runtime stage needs an exec-form ENTRYPOINT")
	}
}

// goDirective reads the go line of go.mod.
func goDirective(t *testing.T, root string) string {
	t.Helper()
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^go (\S+)$`).FindSubmatch(mod)
	if m == nil {
		t.Fatal("go.mod has no go line")
	}
	return string(m[1])
}

// TestDockerignoreKeepsBuildInputs checks that .dockerignore leaves every
// file the image build reads in the build context: go.mod, go.sum and the
// Go and embedded files of the module's packages that cmd/ferrolint is built
// from. No Docker engine is at hand to build the image, so this is the check
// that a new package or embedded file is not ignored by mistake.
func TestDockerignoreKeepsBuildInputs(t *testing.T) {
	root := repoRoot(t)
	ignore, err := os.Open(filepath.Join(root, ".dockerignore"))
	if err != nil {
		t.Fatal(err)
	}
	defer ignore.Close()
	patterns, err := ignorefile.ReadAll(ignore)
	if err != nil {
		t.Fatal(err)
	}
	pm, err := patternmatcher.New(patterns)
	if err != nil {
		t.Fatalf(".dockerignore: %v", err)
	}
	ignored := func(rel string) bool {
		t.Helper()
		m, err := pm.MatchesOrParentMatches(filepath.ToSlash(rel))
		if err != nil {
			t.Fatalf(".dockerignore on %s: %v", rel, err)
		}
		return m
	}

	inputs := append([]string{"go.mod", "go.sum"}, buildInputs(t, root, "./cmd/ferrolint")...)
	if len(inputs) < 10 {
		t.Fatalf("found only %d build inputs: %v", len(inputs), inputs)
	}
	for _, rel := range inputs {
		if ignored(rel) {
			t.Errorf(".dockerignore leaves out %s, which the image build needs", rel)
		}
	}
	for _, rel := range []string{".git/HEAD", "testdata/rust/naive-latest.Dockerfile"} {
		if !ignored(rel) {
			t.Errorf(".dockerignore sends %s to the build context", rel)
		}
	}
}

// buildInputs lists, relative to root, the Go and embedded files of the
// main module's packages that pkg is built from, as the image builds it.
func buildInputs(t *testing.T, root, pkg string) []string {
	t.Helper()
	cmd := exec.Command("go", "list", "-deps", "-json=Dir,Module,GoFiles,EmbedFiles", pkg)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux")
	cmd.Stderr = new(strings.Builder)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, cmd.Stderr)
	}
	var files []string
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p struct {
			Dir                 string
			Module              *struct{ Main bool }
			GoFiles, EmbedFiles []string
		}
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		if p.Module == nil || !p.Module.Main {
			continue
		}
		for _, name := range append(p.GoFiles, p.EmbedFiles...) {
			rel, err := filepath.Rel(root, filepath.Join(p.Dir, name))
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, rel)
		}
	}
	return files
}
