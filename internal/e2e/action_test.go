package e2e

import (
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// action is the part of action.yml's schema the tests read.
type action struct {
	Name        string
	Description string
	Inputs      map[string]struct {
		Description string
		Default     *string
	}
	Outputs map[string]struct{ Value string }
	Runs    struct {
		Using string
		Steps []actionStep
	}
}

type actionStep struct {
	Name  string
	Uses  string
	Shell string
	Run   string
	With  map[string]string
	Env   map[string]string
}

func readAction(t *testing.T) *action {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a action
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return &a
}

// step returns the step with the given name.
func (a *action) step(t *testing.T, name string) actionStep {
	t.Helper()
	for _, s := range a.Runs.Steps {
		if s.Name == name {
			return s
		}
	}
	t.Fatalf("action.yml has no step %q", name)
	return actionStep{}
}

var inputRef = regexp.MustCompile(`\$\{\{\s*inputs\.([\w-]+)\s*\}\}`)

// TestActionMetadata checks action.yml's inputs and defaults, the composite
// steps, and that every input a step reads is declared and used.
func TestActionMetadata(t *testing.T) {
	a := readAction(t)
	if a.Name == "" || a.Description == "" || a.Runs.Using != "composite" {
		t.Errorf("name %q, description %q, runs.using %q: want a named, described composite action", a.Name, a.Description, a.Runs.Using)
	}
	defaults := map[string]string{
		"paths": ".", "format": "sarif", "output": "ferrolint.sarif",
		"failure-threshold": "warning", "version": "latest", "go-version": "stable",
	}
	for name, want := range defaults {
		in, ok := a.Inputs[name]
		switch {
		case !ok:
			t.Errorf("input %s is missing", name)
		case in.Description == "":
			t.Errorf("input %s has no description", name)
		case in.Default == nil || *in.Default != want:
			t.Errorf("input %s: default %v, want %q", name, in.Default, want)
		}
	}
	if got := slices.Sorted(maps.Keys(a.Inputs)); len(got) != len(defaults) {
		t.Errorf("inputs %v, want exactly %v", got, slices.Sorted(maps.Keys(defaults)))
	}
	if a.Outputs["report"].Value != "${{ inputs.output }}" {
		t.Errorf("output report is %q, want the output input", a.Outputs["report"].Value)
	}

	if len(a.Runs.Steps) == 0 || !strings.HasPrefix(a.Runs.Steps[0].Uses, "actions/setup-go@") {
		t.Fatalf("the first step must be actions/setup-go, got %+v", a.Runs.Steps)
	}
	install := a.step(t, "Install ferrolint")
	if !strings.Contains(install.Run, `go install "github.com/ferrolint/ferrolint/cmd/ferrolint@$FERROLINT_VERSION"`) ||
		install.Env["FERROLINT_VERSION"] != "${{ inputs.version }}" {
		t.Errorf("the install step does not go install cmd/ferrolint at the version input:\n%s", install.Run)
	}

	used := map[string]bool{}
	for _, s := range a.Runs.Steps {
		if s.Run != "" && s.Shell != "bash" {
			t.Errorf("step %q: shell %q, want bash", s.Name, s.Shell)
		}
		// Inputs reach scripts through env: an expression in the script
		// text would be spliced in before bash parses it.
		if strings.Contains(s.Run, "${{") {
			t.Errorf("step %q has an expression in its script", s.Name)
		}
		for _, v := range slices.Concat(slices.Collect(maps.Values(s.Env)), slices.Collect(maps.Values(s.With))) {
			for _, m := range inputRef.FindAllStringSubmatch(v, -1) {
				used[m[1]] = true
				if _, ok := a.Inputs[m[1]]; !ok {
					t.Errorf("step %q reads undeclared input %s", s.Name, m[1])
				}
			}
		}
	}
	for name := range a.Inputs {
		if !used[name] {
			t.Errorf("input %s is declared but no step reads it", name)
		}
	}
}

// TestActionScriptsShellcheck runs shellcheck over every script step.
func TestActionScriptsShellcheck(t *testing.T) {
	shellcheck := requireTool(t, "shellcheck")
	for _, s := range readAction(t).Runs.Steps {
		if s.Run == "" {
			continue
		}
		cmd := exec.Command(shellcheck, "--shell=bash", "-")
		cmd.Stdin = strings.NewReader(s.Run)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("step %q: shellcheck: %v\n%s", s.Name, err, out)
		}
	}
}
