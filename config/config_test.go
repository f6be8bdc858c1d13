package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseFerrolint(t *testing.T) {
	src := `# team defaults
rules:
  RS001: off
  root-runtime-user: error
  DL3057: on
failure-threshold: error
exclude: ["legacy", "services/*/Dockerfile.dev"]
trusted-registries: [registry.example.com, ghcr.io/acme]
label-schema:
  org.opencontainers.image.source: url
strict-labels: true
rust:
  pin-level: patch
  runtime-bases: [gcr.io/distroless/cc-debian13]
  kubernetes: true
policies: [policies]
data: [/etc/ferrolint/data.yaml]
namespaces: main
`
	c, err := Parse("repo/.ferrolint.yaml", []byte(src), false)
	if err != nil {
		t.Fatal(err)
	}
	wantRules := []RuleSetting{{Rule: "RS001", Disable: true, Line: 3}, {Rule: "root-runtime-user", Severity: "error", Line: 4}, {Rule: "DL3057", Line: 5}}
	if !reflect.DeepEqual(c.Rules, wantRules) {
		t.Errorf("rules = %+v", c.Rules)
	}
	if c.FailureThreshold != "error" || c.Hadolint {
		t.Errorf("threshold = %q, hadolint = %v", c.FailureThreshold, c.Hadolint)
	}
	if !reflect.DeepEqual(c.Policies, []string{filepath.Join("repo", "policies")}) || !reflect.DeepEqual(c.Data, []string{"/etc/ferrolint/data.yaml"}) || !reflect.DeepEqual(c.Namespaces, []string{"main"}) {
		t.Errorf("policies %v data %v namespaces %v", c.Policies, c.Data, c.Namespaces)
	}
	want := map[string]any{
		"trusted_registries": []any{"registry.example.com", "ghcr.io/acme"},
		"label_schema":       map[string]any{"org.opencontainers.image.source": "url"},
		"strict_labels":      true,
		"rust":               map[string]any{"pin_level": "patch", "runtime_bases": []any{"gcr.io/distroless/cc-debian13"}, "kubernetes": true},
	}
	if got := c.Document(); !reflect.DeepEqual(got, want) {
		t.Errorf("document = %#v", got)
	}
}

func TestDefaultDocument(t *testing.T) {
	c, err := Parse(".ferrolint.yaml", []byte("# nothing yet\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"trusted_registries": []any{}, "label_schema": map[string]any{}, "strict_labels": false,
		"rust": map[string]any{"pin_level": "minor", "runtime_bases": []any{}, "kubernetes": false},
	}
	if got := c.Document(); !reflect.DeepEqual(got, want) {
		t.Errorf("document = %#v", got)
	}
}

func TestParseErrorsNameFileAndLine(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"unknown key", "rules: {}\nfailure_threshold: error\n", `c.yaml:2: unknown key "failure_threshold" (known: data, exclude, failure-threshold, label-schema, namespaces, policies, registry, rules, rust, strict-labels, trusted-registries)`},
		{"bad severity", "rules:\n  RS001: fatal\n", `c.yaml:2: RS001: "fatal" is not one of off, on, error, warning, info, style`},
		{"rules not a mapping", "rules: [RS001]\n", "c.yaml:1: rules: want a mapping, got a list"},
		{"threshold", "failure-threshold: 3\n", `c.yaml:1: failure-threshold: "3" is not one of error, warning, info, style, none`},
		{"list of numbers is fine as strings but not a mapping", "trusted-registries:\n  - a\n  - {b: c}\n", "c.yaml:3: trusted-registries: want a string, got a mapping"},
		{"bool", "strict-labels: yes\n", "c.yaml:1: strict-labels: want true or false, got a string"},
		{"label type", "label-schema:\n  maintainer: person\n", `c.yaml:2: maintainer: "person" is not one of text, url, semver, hash, rfc3339, spdx, email`},
		{"rust key", "rust:\n  pin: patch\n", "c.yaml:2: unknown key rust.pin (known: pin-level, runtime-bases, kubernetes)"},
		{"pin level", "rust:\n  pin-level: major\n", `c.yaml:2: pin-level: "major" is not one of minor, patch, digest`},
		{"twice", "strict-labels: true\nstrict-labels: false\n", `c.yaml:2: "strict-labels" is set twice`},
		{"glob", "exclude:\n  - 'a/[b'\n", `c.yaml:2: exclude: malformed pattern "a/[b"`},
		{"syntax", "rules:\n  RS001: off\n bad: [\n", "c.yaml:3: invalid YAML: did not find expected key"},
		{"not a mapping", "- rules\n", "c.yaml:1: want a mapping of settings, got a list"},
		{"tab", "rules:\n\tRS001: off\n", "c.yaml:2: invalid YAML: found character that cannot start any token"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("c.yaml", []byte(tc.src), false)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("err = %v\nwant prefix %s", err, tc.want)
			}
		})
	}
}

func TestCheckRules(t *testing.T) {
	known := func(k string) bool { return k == "RS001" || k == "DL3002" }
	c, err := Parse(".ferrolint.yaml", []byte("rules:\n  RS001: off\n  RS999: error\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.CheckRules(known); err == nil || err.Error() != `.ferrolint.yaml:3: unknown rule "RS999"` {
		t.Errorf("err = %v", err)
	}
	h, err := Parse(".hadolint.yaml", []byte("ignored: [DL3002, DL3059]\noverride:\n  error: [DL3002]\n  info: [DL3002]\n"), true)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.CheckRules(known); err != nil {
		t.Fatal(err)
	}
	if want := []string{".hadolint.yaml:1: DL3059 has no ferrolint rule; ignored"}; !reflect.DeepEqual(h.Notes, want) {
		t.Errorf("notes = %q", h.Notes)
	}
	if got := h.Disabled(known); !reflect.DeepEqual(got, []string{"DL3002"}) {
		t.Errorf("disabled = %v", got)
	}
	// Listed twice, the more severe wins, as in hadolint.
	if got := h.Overrides(known); !reflect.DeepEqual(got, map[string]string{"DL3002": "error"}) {
		t.Errorf("overrides = %v", got)
	}
}

func TestParseHadolint(t *testing.T) {
	src := `ignored:
  - DL3008
override:
  warning: [DL3002]
trustedRegistries: docker.io
label-schema:
  maintainer: text
strict-labels: false
failure-threshold: ignore
no-color: true
`
	c, err := Parse("h/.hadolint.yaml", []byte(src), true)
	if err != nil {
		t.Fatal(err)
	}
	want := []RuleSetting{{Rule: "DL3008", Disable: true, Line: 2, Optional: true}, {Rule: "DL3002", Severity: "warning", Line: 4, Optional: true}}
	if !reflect.DeepEqual(c.Rules, want) {
		t.Errorf("rules = %+v", c.Rules)
	}
	if !reflect.DeepEqual(c.TrustedRegistries, []string{"docker.io"}) || c.LabelSchema["maintainer"] != "text" || c.FailureThreshold != "style" {
		t.Errorf("config = %+v", c)
	}
	if want := []string{"h/.hadolint.yaml:10: no-color is a hadolint setting ferrolint does not read; ignored"}; !reflect.DeepEqual(c.Notes, want) {
		t.Errorf("notes = %q", c.Notes)
	}
	c, err = Parse(".hadolint.yaml", []byte("no-fail: true\nfailure-threshold: error\n"), true)
	if err != nil || c.FailureThreshold != "none" {
		t.Errorf("no-fail: threshold %q, err %v", c.FailureThreshold, err)
	}
	if _, err := Parse(".hadolint.yaml", []byte("override:\n  fatal: [DL3002]\n"), true); err == nil || err.Error() != `.hadolint.yaml:2: override: "fatal" is not one of error, warning, info, style` {
		t.Errorf("err = %v", err)
	}
	if _, err := Parse(".hadolint.yaml", []byte("ignore: [DL3002]\n"), true); err == nil || !strings.HasPrefix(err.Error(), `.hadolint.yaml:1: unknown key "ignore" (known: `) {
		t.Errorf("err = %v", err)
	}
}

func TestFindNearestWins(t *testing.T) {
	root := t.TempDir()
	write := func(p, s string) {
		t.Helper()
		p = filepath.Join(root, p)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(".ferrolint.yaml", "")
	write("a/b/.ferrolint.yml", "")
	write("a/b/c/.hadolint.yaml", "")
	write("h/.hadolint.yaml", "")
	for dir, want := range map[string]string{
		"":      ".ferrolint.yaml",
		"a":     ".ferrolint.yaml",
		"a/b":   "a/b/.ferrolint.yml",
		"a/b/c": "a/b/.ferrolint.yml", // a ferrolint file anywhere above wins over hadolint
		"h":     ".ferrolint.yaml",
	} {
		got, err := Find(filepath.Join(root, dir))
		if err != nil || got != filepath.Join(root, want) {
			t.Errorf("Find(%s) = %q, %v; want %s", dir, got, err, want)
		}
	}
	// Without any ferrolint file, the nearest hadolint one.
	if err := os.Remove(filepath.Join(root, ".ferrolint.yaml")); err != nil {
		t.Fatal(err)
	}
	if got, _ := Find(filepath.Join(root, "h")); got != filepath.Join(root, "h/.hadolint.yaml") {
		t.Errorf("Find(h) = %q", got)
	}
}

func TestExclude(t *testing.T) {
	dir := t.TempDir()
	c := &Config{Exclude: []Glob{{"legacy", dir}, {"services/*/Dockerfile.dev", dir}, {"build/**/*.Dockerfile", dir}}}
	for p, want := range map[string]bool{
		"legacy/Dockerfile":               true,
		"x/legacy/y/Dockerfile":           true,
		"services/api/Dockerfile.dev":     true,
		"services/api/Dockerfile":         false,
		"services/api/v2/Dockerfile.dev":  false,
		"build/a.Dockerfile":              true,
		"build/x/y/a.Dockerfile":          true,
		"Dockerfile":                      false,
		"../" + filepath.Base(dir) + "/x": false,
	} {
		if got := c.Excluded(filepath.Join(dir, p)); got != want {
			t.Errorf("Excluded(%s) = %v, want %v", p, got, want)
		}
	}
}
