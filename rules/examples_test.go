package rules

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/buildctx"
	"github.com/ferrolint/ferrolint/config"
	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/registry"
)

// TestRuleExamples checks the documentation of every built-in rule: its
// bad example fires the rule and its good example does not, linted by the
// real engine with the example's files as the build context and its
// configuration, if any, and it cites one to four https sources. Rules
// that lack examples or sources are listed together, so the failure shows
// what is left to write.
func TestRuleExamples(t *testing.T) {
	e := allRulesOn(t, Options{WarnUnusedIgnores: true})
	var noExamples, noSources []string
	for _, r := range e.All() {
		if len(r.Sources) == 0 {
			noSources = append(noSources, r.ID)
		}
		if len(r.Sources) > 4 {
			t.Errorf("%s: %d sources; cite the 1 to 4 that matter most", r.ID, len(r.Sources))
		}
		for i, s := range r.Sources {
			if u, err := url.Parse(s); err != nil || u.Scheme != "https" || u.Host == "" {
				t.Errorf("%s: source %d %q is not an https URL", r.ID, i+1, s)
			}
		}
		if strings.TrimSpace(r.Examples.Bad) == "" || strings.TrimSpace(r.Examples.Good) == "" {
			noExamples = append(noExamples, r.ID)
			continue
		}
		t.Run(r.ID+" bad example fires it", func(t *testing.T) {
			ex, rule := exampleEngine(t, e, r)
			if fds := lintExample(t, ex, r.Examples.Bad, r.Examples.Context, r.Examples.Registry); len(findingsOf(fds, rule)) == 0 {
				t.Errorf("%s: no %s finding on examples.bad; the file gives:\n%s", r.ID, r.ID, describeFindings(fds))
			}
		})
		t.Run(r.ID+" good example does not", func(t *testing.T) {
			ex, rule := exampleEngine(t, e, r)
			if own := findingsOf(lintExample(t, ex, r.Examples.Good, r.Examples.Context, r.Examples.Registry), rule); len(own) > 0 {
				t.Errorf("%s: examples.good fires it:\n%s", r.ID, describeFindings(own))
			}
		})
	}
	if len(noExamples) > 0 {
		t.Errorf("%d rules lack examples.bad or examples.good: %s", len(noExamples), strings.Join(noExamples, " "))
	}
	if len(noSources) > 0 {
		t.Errorf("%d rules lack sources: %s", len(noSources), strings.Join(noSources, " "))
	}
}

// exampleEngine is e, or for a rule whose examples come with a
// configuration an engine built with it as the CLI would, and the rule as
// that engine knows it.
func exampleEngine(t *testing.T, e *Engine, r *Rule) (*Engine, *Rule) {
	t.Helper()
	if r.Examples.Config == "" {
		return e, r
	}
	cfg, err := config.Parse(".ferrolint.yaml", []byte(r.Examples.Config), false)
	if err != nil {
		t.Fatalf("%s: examples.config: %v", r.ID, err)
	}
	opts := Options{WarnUnusedIgnores: true, Config: cfg.Document()}
	for _, s := range cfg.Rules {
		sev, _ := ParseSeverity(s.Severity)
		opts.Settings = append(opts.Settings, Setting{Rule: s.Rule, Disable: s.Disable, Severity: sev, Optional: s.Optional})
	}
	ex := allRulesOn(t, opts)
	for _, x := range ex.All() {
		if x.ID == r.ID {
			return ex, x
		}
	}
	t.Fatalf("%s: not a rule of the engine with examples.config", r.ID)
	return nil, nil
}

// allRulesOn builds an engine with opts in which every built-in rule runs,
// those that are off by default too: a setting that does not disable a
// rule turns it on.
func allRulesOn(t *testing.T, opts Options) *Engine {
	t.Helper()
	e, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	set := map[string]bool{}
	for _, s := range opts.Settings {
		set[s.Rule] = true
	}
	for _, r := range e.All() {
		if !set[r.ID] {
			opts.Settings = append(opts.Settings, Setting{Rule: r.ID})
		}
	}
	if e, err = New(opts); err != nil {
		t.Fatal(err)
	}
	return e
}

// lintExample writes src as the Dockerfile of a fresh build context holding
// the context files, and lints it as the CLI does. With images (examples.registry),
// as `--registry --platform linux/amd64` on an amd64 host, the registry's
// answers coming from that table.
func lintExample(t *testing.T, e *Engine, src string, files map[string]string, images map[string][]string) []Finding {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "Dockerfile")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := dockerfile.Parse(path, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	f.Context = buildctx.Read(dir).Value()
	if len(images) > 0 {
		static, err := registry.NewStatic(images)
		if err != nil {
			t.Fatalf("examples.registry: %v", err)
		}
		registry.Annotate(context.Background(), f, static)
		f.TargetPlatform, f.BuildPlatform = "linux/amd64", "linux/amd64"
	}
	fds, err := e.Lint(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return fds
}

func findingsOf(fds []Finding, r *Rule) []Finding {
	var out []Finding
	for _, f := range fds {
		if f.Rule == r {
			out = append(out, f)
		}
	}
	return out
}

func describeFindings(fds []Finding) string {
	if len(fds) == 0 {
		return "  (no findings)"
	}
	var b strings.Builder
	for _, f := range fds {
		fmt.Fprintf(&b, "  %d:%d %s %s\n", f.Range.Line, f.Range.Column, f.Rule.ID, f.Message)
	}
	return b.String()
}
