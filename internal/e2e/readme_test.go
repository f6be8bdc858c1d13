package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// readmeYAML returns the README's yaml code block that contains marker.
func readmeYAML(t *testing.T, marker string) string {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join(repoRoot(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(string(readme), -1) {
		if strings.Contains(m[1], marker) {
			return m[1]
		}
	}
	t.Fatalf("README.md has no yaml block with %q", marker)
	return ""
}

// TestReadmePreCommitSnippet checks that the README's .pre-commit-config.yaml
// parses and names this repository and hooks that exist.
func TestReadmePreCommitSnippet(t *testing.T) {
	var config struct {
		Repos []struct {
			Repo, Rev string
			Hooks     []struct{ ID string }
		}
	}
	if err := yaml.Unmarshal([]byte(readmeYAML(t, "repos:")), &config); err != nil {
		t.Fatalf("README's pre-commit config: %v", err)
	}
	ids := map[string]bool{}
	for _, h := range readHooks(t) {
		ids[h.ID] = true
	}
	if len(config.Repos) != 1 || config.Repos[0].Repo != "https://github.com/ferrolint/ferrolint" ||
		config.Repos[0].Rev == "" || len(config.Repos[0].Hooks) == 0 {
		t.Fatalf("README's pre-commit config: %+v, want this repository at a rev with hooks", config)
	}
	for _, h := range config.Repos[0].Hooks {
		if !ids[h.ID] {
			t.Errorf("README's pre-commit config uses hook %q, which .pre-commit-hooks.yaml does not define", h.ID)
		}
	}
}

// TestReadmeWorkflowSnippet checks that the README's workflow parses, passes
// the action only inputs it declares, and uploads the file it writes.
func TestReadmeWorkflowSnippet(t *testing.T) {
	var workflow struct {
		Permissions map[string]string
		Jobs        map[string]struct{ Steps []actionStep }
	}
	if err := yaml.Unmarshal([]byte(readmeYAML(t, "ferrolint/ferrolint@")), &workflow); err != nil {
		t.Fatalf("README's workflow: %v", err)
	}
	if workflow.Permissions["security-events"] != "write" {
		t.Errorf("the workflow lacks permissions: security-events: write, which upload-sarif needs")
	}
	a := readAction(t)
	var linted, uploaded bool
	for _, job := range workflow.Jobs {
		for _, s := range job.Steps {
			switch {
			case strings.HasPrefix(s.Uses, "ferrolint/ferrolint@"):
				linted = true
				for name := range s.With {
					if _, ok := a.Inputs[name]; !ok {
						t.Errorf("the workflow passes input %q, which action.yml does not declare", name)
					}
				}
			case strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@"):
				uploaded = true
				if s.With["sarif_file"] != *a.Inputs["output"].Default {
					t.Errorf("upload-sarif reads %q, the action writes %q", s.With["sarif_file"], *a.Inputs["output"].Default)
				}
			}
		}
	}
	if !linted || !uploaded {
		t.Errorf("the workflow must run the action (%v) and upload its SARIF (%v)", linted, uploaded)
	}
}
