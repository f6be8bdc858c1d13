package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/ferrolint/ferrolint/config"
	"github.com/ferrolint/ferrolint/report"
	"github.com/ferrolint/ferrolint/rules"
)

// plan assigns every target its configuration and the engine built for
// it. Everything is read and checked before a file is linted, so nothing is
// linted with a half-read configuration.
type plan struct {
	targets []target // without the excluded ones
	groups  []*group // one per configuration, in order of first use
}

// group is the targets that share a configuration.
type group struct {
	cfg       *config.Config
	opts      rules.Options
	engine    *rules.Engine // made by build
	verbose   io.Writer     // nil unless --verbose
	threshold rules.Severity
	index     []int // into plan.targets
}

// newPlan finds the configuration of each target: --config, or the nearest
// .ferrolint.yaml (else .hadolint.yaml) above the file. base holds the
// engine options that come from flags alone.
func newPlan(opts *options, base rules.Options, targets []target, stderr io.Writer) (*plan, error) {
	p := &plan{}
	byPath := map[string]*group{}
	found := map[string]string{} // directory -> config path
	for _, t := range targets {
		path, err := configFor(opts, t, found)
		if err != nil {
			return nil, err
		}
		g, ok := byPath[path]
		if !ok {
			if g, err = newGroup(opts, base, path, stderr); err != nil {
				return nil, err
			}
			byPath[path] = g
			p.groups = append(p.groups, g)
		}
		if !t.stdin && g.cfg.Excluded(t.path) {
			if opts.verbose {
				fmt.Fprintf(stderr, "ferrolint: %s: excluded by %s\n", t.path, g.cfg.Path)
			}
			continue
		}
		g.index = append(g.index, len(p.targets))
		p.targets = append(p.targets, t)
	}
	return p, nil
}

// configFor returns the path of the configuration file for t, "" for none.
func configFor(opts *options, t target, found map[string]string) (string, error) {
	if opts.config != "" {
		return opts.config, nil
	}
	dir := filepath.Dir(t.path) // for stdin, the directory of --stdin-filename
	if p, ok := found[dir]; ok {
		return p, nil
	}
	p, err := config.Find(dir)
	found[dir] = p
	return p, err
}

// commandEngine builds the engine for commands that lint nothing (rules,
// explain): with the configuration of the working directory.
func commandEngine(opts *options, base rules.Options, stderr io.Writer) (*rules.Engine, error) {
	path := opts.config
	if path == "" {
		var err error
		if path, err = config.Find("."); err != nil {
			return nil, err
		}
	}
	g, err := newGroup(opts, base, path, stderr)
	if err != nil {
		return nil, err
	}
	if err := g.build(); err != nil {
		return nil, err
	}
	return g.engine, nil
}

// newGroup reads the configuration at path ("" for the defaults); build
// makes its engine.
func newGroup(opts *options, base rules.Options, path string, stderr io.Writer) (*group, error) {
	cfg := config.Default()
	if path != "" {
		var err error
		if cfg, err = config.Load(path); err != nil {
			return nil, err
		}
	}
	eo, err := engineOptions(opts, base, cfg)
	if err != nil {
		return nil, err
	}
	g := &group{cfg: cfg, opts: eo, threshold: opts.threshold}
	if opts.verbose {
		g.verbose = stderr
	}
	if !opts.thresholdSet && cfg.FailureThreshold != "" {
		g.threshold, _ = rules.ParseSeverity(cfg.FailureThreshold) // "none" gives 0: nothing fails
	}
	return g, nil
}

// build compiles the group's policies into its engine and checks that the
// rules its configuration names exist.
func (g *group) build() error {
	engine, err := rules.New(g.opts)
	if err != nil {
		return err
	}
	if err := g.cfg.CheckRules(func(k string) bool { return engine.Known(k) || isShellcheckKey(k) }); err != nil {
		return err
	}
	if g.verbose != nil && g.cfg.Path != "" {
		if g.cfg.Hadolint {
			fmt.Fprintf(g.verbose, "ferrolint: using hadolint configuration %s (rule codes read through the rules' aliases)\n", g.cfg.Path)
		} else {
			fmt.Fprintf(g.verbose, "ferrolint: using configuration %s\n", g.cfg.Path)
		}
		for _, n := range g.cfg.Notes { // CheckRules adds notes
			fmt.Fprintf(g.verbose, "ferrolint: %s\n", n)
		}
	}
	g.engine = engine
	return nil
}

// build builds the engine of every group.
func (p *plan) build() error {
	for _, g := range p.groups {
		if err := g.build(); err != nil {
			return err
		}
	}
	return nil
}

// engineOptions adds what a configuration file says to the options from
// flags. Flags add to the file's lists of policies, data and namespaces.
func engineOptions(opts *options, base rules.Options, cfg *config.Config) (rules.Options, error) {
	eo := base
	data, err := config.ReadData(append(slices.Clone(cfg.Data), opts.data...))
	if err != nil {
		return eo, err
	}
	for _, s := range cfg.Rules {
		if s.Disable && isShellcheckKey(s.Rule) {
			eo.Disable = append(eo.Disable, s.Rule) // SC codes are not rules: the engine reads them from Disable
			continue
		}
		sev, _ := rules.ParseSeverity(s.Severity) // checked when the file was read
		eo.Settings = append(eo.Settings, rules.Setting{Rule: s.Rule, Disable: s.Disable, Severity: sev, Optional: s.Optional, From: fmt.Sprintf("%s:%d", cfg.Path, s.Line)})
	}
	eo.Policies = append(slices.Clone(cfg.Policies), opts.policies...)
	eo.Namespaces = append(slices.Clone(cfg.Namespaces), opts.namespaces...)
	eo.Data = data
	eo.Config = cfg.Document()
	eo.AllowNetworkBuiltins = opts.allowNetwork
	eo.Timeout = opts.timeout
	return eo, nil
}

// lintAll lints every group's loaded targets with its engine; l gives the
// other settings. The results are in the order of p.targets.
func (p *plan) lintAll(ctx context.Context, l *linter, lds []loaded) []report.Result {
	results := make([]report.Result, len(p.targets))
	for _, g := range p.groups {
		ts := make([]target, len(g.index))
		gld := make([]loaded, len(g.index))
		for i, idx := range g.index {
			ts[i], gld[i] = p.targets[idx], lds[idx]
		}
		gl := *l
		gl.engine = g.engine
		gl.platforms = l.platforms.withRegistry(g.cfg.Registry)
		for i, r := range gl.lintLoaded(ctx, ts, gld) {
			results[g.index[i]] = r
		}
	}
	return results
}

// exitCode is the most severe exit code of the groups, each judged by its
// own failure threshold.
func (p *plan) exitCode(results []report.Result, discovered bool) int {
	code := exitCode(nil, 0, discovered)
	for _, g := range p.groups {
		rs := make([]report.Result, len(g.index))
		for i, idx := range g.index {
			rs[i] = results[idx]
		}
		code = max(code, exitCode(rs, g.threshold, true))
	}
	return code
}

// rules lists the enabled rules of every group, each ID once.
func (p *plan) rules() []*rules.Rule {
	var out []*rules.Rule
	seen := map[string]bool{}
	for _, g := range p.groups {
		for _, r := range g.engine.Rules() {
			if !seen[r.ID] {
				seen[r.ID] = true
				out = append(out, r)
			}
		}
	}
	slices.SortFunc(out, func(a, b *rules.Rule) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// shellcheckKey is a ShellCheck code such as SC2086, which a configuration
// may turn off like a rule.
var shellcheckKey = regexp.MustCompile(`(?i)^SC[0-9]{4}$`)

func isShellcheckKey(k string) bool {
	return shellcheckKey.MatchString(k) || strings.EqualFold(k, "shellcheck")
}
