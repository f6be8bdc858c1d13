package rules

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/policy"
)

// userEngine writes the policy files into policies/ of a fresh working
// directory and builds an engine from them alone (no embedded pack), so
// that file names in errors are short and the tests do not depend on the
// packs.
func userEngine(t *testing.T, files map[string]string, opts Options) (*Engine, error) {
	t.Helper()
	t.Chdir(t.TempDir())
	for name, src := range files {
		p := filepath.Join("policies", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	schema, err := fs.ReadFile(policy.FS, policy.SchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	opts.Policies = append(opts.Policies, "policies")
	return newEngine(fstest.MapFS{policy.SchemaFile: {Data: schema}}, opts)
}

func mustEngine(t *testing.T, files map[string]string, opts Options) *Engine {
	t.Helper()
	e, err := userEngine(t, files, opts)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// summary renders findings as "ID sev L:C-L:C message" lines.
func summary(fds []Finding) string {
	var b strings.Builder
	for _, f := range fds {
		r := f.Range
		fmt.Fprintf(&b, "%s %s %d:%d-%d:%d %s\n", f.Rule.ID, f.Severity, r.Line, r.Column, r.EndLine, r.EndColumn, f.Message)
	}
	return b.String()
}

const registryRule = `# METADATA
# title: Image from outside our registry
# related_resources:
#   - ref: https://wiki.example.com/registry
# custom:
#   id: ACME001
#   name: untrusted-registry
#   severity: error
package acme.registry

import rego.v1

findings contains {"message": sprintf("%s is not from %s", [s.from.resolved, data.registry]), "range": s.from.range} if {
	some s in input.stages
	s.from.base_stage == -1
	s.from.ref.registry != data.registry
}
`

const twoStages = "FROM registry.example.com/rust:1.94 AS build\nRUN cargo build\n\nFROM debian:trixie\nCOPY --from=build /app /app\n"

func TestUserRuleIsARule(t *testing.T) {
	e := mustEngine(t, map[string]string{"registry.rego": registryRule}, Options{Data: map[string]any{"registry": "registry.example.com"}})
	got, err := lint(t, e, twoStages)
	if err != nil {
		t.Fatal(err)
	}
	if want := "ACME001 error 4:6-4:19 debian:trixie is not from registry.example.com\n"; summary(got) != want {
		t.Errorf("findings:\n%s", summary(got))
	}
	var ids []string
	for _, r := range e.Rules() {
		ids = append(ids, r.ID)
		if r.ID == "ACME001" && (r.HelpURI != "https://wiki.example.com/registry" || r.Name != "untrusted-registry" || r.Title != "Image from outside our registry") {
			t.Errorf("rule = %+v", r)
		}
	}
	if !strings.Contains(strings.Join(ids, " "), "ACME001") {
		t.Errorf("rules = %v", ids)
	}
	if !e.Known("untrusted-registry") || e.Known("ACME002") {
		t.Error("Known does not see the user rule")
	}
}

func TestConftestRules(t *testing.T) {
	src := `package main

import rego.v1

deny contains "no latest" if {
	some s in input.stages
	s.from.ref.tag == "latest"
}

warn_user contains {"msg": "no USER", "line": 4} if true

violation_loc contains {"msg": "loc", "_loc": {"file": "x", "line": 2}} if true

deny_ranged contains {"msg": "ranged", "range": input.stages[0].from.range} if true
`
	e := mustEngine(t, map[string]string{"docker.rego": src, "other.rego": "package other\n\nimport rego.v1\n\ndeny contains \"never\" if true\n"}, Options{})
	got, err := lint(t, e, "FROM rust:latest\nRUN cargo build\n\nFROM scratch\n")
	if err != nil {
		t.Fatal(err)
	}
	want := "main.deny error 1:1-1:17 no latest\n" +
		"main.deny_ranged error 1:6-1:17 ranged\n" +
		"main.violation_loc error 2:1-2:16 loc\n" +
		"main.warn_user warning 4:1-4:13 no USER\n"
	if summary(got) != want {
		t.Errorf("findings:\n%s\nwant:\n%s", summary(got), want)
	}
	// Another namespace, and its sub-packages.
	e = mustEngine(t, map[string]string{"a.rego": "package policy.docker.base\n\nimport rego.v1\n\nwarn contains \"w\" if true\n"}, Options{Namespaces: []string{"policy.docker"}})
	got, err = lint(t, e, "# c\nFROM a\n")
	if err != nil || summary(got) != "policy.docker.base.warn warning 1:1-1:4 w\n" {
		t.Errorf("findings:\n%s, err %v", summary(got), err)
	}
}

func TestConftestMalformedResults(t *testing.T) {
	for _, tc := range []struct{ name, rule, want string }{
		{"no msg", `deny contains {"message": "m"} if true`, `rule main.deny: a conftest result object needs a "msg" string`},
		{"number", `deny contains 3 if true`, "rule main.deny: a conftest result must be a string or an object with msg, got json.Number"},
		{"line outside", `deny contains {"msg": "m", "line": 40} if true`, "rule main.deny: line 40 is outside the file"},
		{"line not a number", `deny contains {"msg": "m", "line": "4"} if true`, "rule main.deny: line must be a positive integer, got 4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := mustEngine(t, map[string]string{"p.rego": "package main\n\nimport rego.v1\n\n" + tc.rule + "\n"}, Options{})
			_, err := lint(t, e, "FROM a\n")
			if err == nil || err.Error() != tc.want {
				t.Errorf("err = %v\nwant %s", err, tc.want)
			}
		})
	}
}

func TestPolicyLoadErrorsNameFileAndLine(t *testing.T) {
	meta := "# METADATA\n# custom:\n#   id: ACME9\n#   name: acme-nine\n#   severity: info\npackage acme.nine\n\nimport rego.v1\n\n"
	for _, tc := range []struct{ name, src, want string }{
		{"syntax", "package main\n\nimport rego.v1\n\ndeny contains msg if {\n", "policies/p.rego:6: rego_parse_error: unexpected eof token"},
		{"misspelt input field", meta + "findings contains {\"message\": \"m\", \"range\": s.from.range} if {\n\tsome s in input.stage\n}\n", "policies/p.rego:11: undefined ref: input.stage[__local0__]"},
		{"http.send", meta + "findings contains {\"message\": r.body, \"range\": input.stages[0].from.range} if {\n\tr := http.send({\"method\": \"GET\", \"url\": \"https://example.com\"})\n}\n",
			"policies/p.rego:11: undefined function http.send\n  (http.send is disabled: policies may not reach the network or the host; --allow-network-builtins allows it)"},
		{"opa.runtime", "package main\n\nimport rego.v1\n\ndeny contains x if {\n\tx := opa.runtime().env.HOME\n}\n", "policies/p.rego:6: undefined function opa.runtime\n  (opa.runtime is disabled"},
		{"findings not a set", meta + "findings := []\n", "policies/p.rego:10: rule ACME9: findings must be a set: findings contains f if { ... }"},
		{"no findings", meta + "x := 1\n", "policies/p.rego:6: rule ACME9: the package defines no findings"},
		{"conftest not a set", "package main\n\nimport rego.v1\n\ndeny := \"x\"\n", "policies/p.rego:5: conftest rule deny must be a set: deny contains msg if { ... }"},
		{"duplicate ID", strings.Replace(meta, "acme.nine", "acme.other", 1) + "findings contains 1 if false\n", "rules acme.nine and acme.other both use \"ACME9\""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"p.rego": tc.src}
			if tc.name == "duplicate ID" {
				files["a.rego"] = meta + "findings contains 1 if false\n"
			}
			_, err := userEngine(t, files, Options{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v\nwant it to contain %s", err, tc.want)
			}
		})
	}
	_, err := userEngine(t, map[string]string{"p.rego": "package main\n\nimport rego.v1\n\ndeny contains x if {\n\tx := http.send({\"method\": \"GET\", \"url\": \"x\"}).body\n}\n"}, Options{})
	if err == nil || !strings.Contains(err.Error(), "--allow-network-builtins allows it") {
		t.Errorf("err = %v, want the hint", err)
	}
	if _, err := userEngine(t, map[string]string{"p.rego": "package main\n\nimport rego.v1\n\ndeny contains x if {\n\tx := http.send({\"method\": \"GET\", \"url\": \"x\"}).body\n}\n"}, Options{AllowNetworkBuiltins: true}); err != nil {
		t.Errorf("with AllowNetworkBuiltins: %v", err)
	}
	if _, err := userEngine(t, nil, Options{Policies: []string{"missing"}}); err == nil || err.Error() != "policy missing: no such file or directory" {
		t.Errorf("missing dir: %v", err)
	}
}

const goodRule = `package main

import rego.v1

warn contains "good" if true
`

func TestRuntimeErrorNamesTheRuleAndKeepsTheOthers(t *testing.T) {
	bad := `package bad

import rego.v1

x := 1 if true
x := 2 if true

deny contains "never" if x == 3
`
	e := mustEngine(t, map[string]string{"good.rego": goodRule, "bad.rego": bad}, Options{Namespaces: []string{"main", "bad"}})
	got, err := lint(t, e, "FROM a\n")
	if err == nil || !strings.HasPrefix(err.Error(), "rule bad.deny: policies/bad.rego:6: eval_conflict_error: rule data.bad.x produced conflicting values") {
		t.Errorf("err = %v", err)
	}
	if summary(got) != "main.warn warning 1:1-1:7 good\n" {
		t.Errorf("findings:\n%s", summary(got))
	}
}

func TestLoopingPolicyTimesOut(t *testing.T) {
	loop := `package loop

import rego.v1

deny contains "done" if {
	some i in numbers.range(1, 1000000)
	some j in numbers.range(1, 1000000)
	i == j + 1000000
}
`
	e := mustEngine(t, map[string]string{"good.rego": goodRule, "loop.rego": loop}, Options{Namespaces: []string{"main", "loop"}, Timeout: 300 * time.Millisecond})
	start := time.Now()
	got, err := lint(t, e, "FROM a\n")
	if err == nil || err.Error() != "rule loop.deny: evaluation did not finish within 300ms (--timeout)" {
		t.Errorf("err = %v", err)
	}
	if summary(got) != "main.warn warning 1:1-1:7 good\n" {
		t.Errorf("findings:\n%s", summary(got))
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %s", d)
	}
}

func TestDataAndConfigDocuments(t *testing.T) {
	src := `package main

import rego.v1

deny contains sprintf("%s %s %v", [data.team, data.ferrolint.config.rust.pin_level, data.ferrolint.extra]) if true
`
	e := mustEngine(t, map[string]string{"p.rego": src}, Options{
		Data:   map[string]any{"team": "platform", "ferrolint": map[string]any{"extra": true}},
		Config: map[string]any{"rust": map[string]any{"pin_level": "patch"}},
	})
	got, err := lint(t, e, "FROM a\n")
	if err != nil || summary(got) != "main.deny error 1:1-1:7 platform patch true\n" {
		t.Errorf("findings:\n%s, err %v", summary(got), err)
	}
	_, err = userEngine(t, map[string]string{"p.rego": src}, Options{Data: map[string]any{"ferrolint": map[string]any{"config": 1}}})
	if err == nil || err.Error() != "data: ferrolint.config is reserved for ferrolint's configuration" {
		t.Errorf("err = %v", err)
	}
}

func TestSettings(t *testing.T) {
	files := map[string]string{"registry.rego": registryRule, "p.rego": goodRule}
	opts := Options{Data: map[string]any{"registry": "x.io"}, Settings: []Setting{
		{Rule: "untrusted-registry", Severity: Info},
		{Rule: "main.warn", Disable: true},
		{Rule: "DL9999", Disable: true, Optional: true},
	}}
	e := mustEngine(t, files, opts)
	got, err := lint(t, e, "FROM x.io/a\nFROM b\n")
	if err != nil || summary(got) != "ACME001 info 2:6-2:7 b is not from x.io\n" {
		t.Errorf("findings:\n%s, err %v", summary(got), err)
	}
	for _, r := range e.Rules() {
		if r.ID == "main.warn" {
			t.Error("main.warn is still enabled")
		}
	}
	opts.Settings = []Setting{{Rule: "RS999", Disable: true, From: ".ferrolint.yaml:3"}}
	if _, err := userEngine(t, files, opts); err == nil || err.Error() != `.ferrolint.yaml:3: unknown rule "RS999"` {
		t.Errorf("err = %v", err)
	}
}

// TestEngineIsSafeForConcurrentUse lints from many goroutines, the
// failing-rule fallback included; run it with -race.
func TestEngineIsSafeForConcurrentUse(t *testing.T) {
	bad := "package bad\n\nimport rego.v1\n\nx := 1 if true\nx := 2 if true\n\ndeny contains \"n\" if x == 3\n"
	e := mustEngine(t, map[string]string{"good.rego": goodRule, "bad.rego": bad}, Options{Namespaces: []string{"main", "bad"}})
	f, err := dockerfile.Parse("Dockerfile", []byte("FROM a\n"))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan string)
	for range 8 {
		go func() {
			got, err := e.Lint(context.Background(), f)
			done <- fmt.Sprint(summary(got), err != nil)
		}()
	}
	for range 8 {
		if got := <-done; got != "main.warn warning 1:1-1:7 good\ntrue" {
			t.Errorf("got %q", got)
		}
	}
}
