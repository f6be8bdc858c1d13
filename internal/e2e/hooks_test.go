package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"go.yaml.in/yaml/v3"
)

// hook is the part of a .pre-commit-hooks.yaml entry the tests read.
type hook struct {
	ID, Entry, Language, Files, Exclude string
	Types                               []string
	Stages                              []string
}

func readHooks(t *testing.T) []hook {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var hooks []hook
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatalf(".pre-commit-hooks.yaml: %v", err)
	}
	return hooks
}

// TestHookManifest checks the hooks without pre-commit: their entries, and
// which file names their patterns select. pre-commit matches files and
// exclude with Python's re.search; these patterns mean the same in Go.
func TestHookManifest(t *testing.T) {
	wantEntry := map[string]string{"ferrolint": "ferrolint", "ferrolint-all": "ferrolint", "ferrolint-fix": "ferrolint --fix"}
	names := []string{
		"Dockerfile", "sub/Dockerfile", "Dockerfile.dev", "app.Dockerfile", "dockerfile", "tools/app.dockerfile",
		"Containerfile", "build/Containerfile", "Containerfile.arm64", "app.Containerfile", "containerfile",
		"Dockerfile.dockerignore", "app.Dockerfile.dockerignore", "README.md", "mydockerfile", "Dockerfiles/notes.txt",
	}
	byName := names[:11] // the Dockerfiles among names

	hooks := readHooks(t)
	for _, h := range hooks {
		if want, ok := wantEntry[h.ID]; !ok {
			t.Errorf("unexpected hook %q", h.ID)
		} else if h.Entry != want {
			t.Errorf("hook %s: entry %q, want %q", h.ID, h.Entry, want)
		}
		// go install ./... names the binary after cmd/ferrolint.
		if h.Language != "golang" {
			t.Errorf("hook %s: language %q, want golang", h.ID, h.Language)
		}
		// pre-commit 3.0.4 rejects the stage names that 4.x wants.
		if h.Stages != nil {
			t.Errorf("hook %s sets stages, which no pre-commit version accepts in one spelling", h.ID)
		}
		if h.ID == "ferrolint" {
			if !slices.Equal(h.Types, []string{"dockerfile"}) {
				t.Errorf("hook ferrolint: types %v, want [dockerfile]", h.Types)
			}
			continue
		}
		files, exclude := regexp.MustCompile(h.Files), regexp.MustCompile(h.Exclude)
		var got []string
		for _, n := range names {
			if files.MatchString(n) && !exclude.MatchString(n) {
				got = append(got, n)
			}
		}
		if !slices.Equal(got, byName) {
			t.Errorf("hook %s selects %q, want %q", h.ID, got, byName)
		}
	}
	if len(hooks) != len(wantEntry) {
		t.Errorf("got %d hooks, want %d", len(hooks), len(wantEntry))
	}
}
