package rules

import (
	"context"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/policy"
)

// SyntaxRule reports Dockerfiles that BuildKit rejects. It lives in Go
// because it needs no policy: the parser decides.
var SyntaxRule = &Rule{
	ID:          "FL000",
	Name:        "syntax-error",
	Title:       "Dockerfile does not parse",
	Description: "BuildKit's parser rejects the file or an instruction, so `docker build` fails before it starts.",
	Severity:    Error,
	// hadolint's parse error, ONBUILD misuse and "first instruction is not FROM".
	Aliases: []string{"DL1000", "DL3043", "DL3061"},
	Fix:     "Correct the instruction as the message says.",
	HelpURI: DocURI("FL000"),
	Examples: Examples{
		Bad:  "FROM gcr.io/distroless/static-debian13:nonroot\nCOPY app /app\nENTRYPIONT [\"/app\"]\n",
		Good: "FROM gcr.io/distroless/static-debian13:nonroot\nCOPY app /app\nENTRYPOINT [\"/app\"]\n",
	},
	Sources: []string{"https://docs.docker.com/reference/dockerfile/"},
}

// Options configures an Engine.
type Options struct {
	// Disable lists rule IDs, names or aliases not to evaluate.
	Disable []string
	// Enable lists rules that are off by default to evaluate.
	Enable []string
	// WarnUnusedIgnores reports ignore comments that suppress nothing (FL001).
	WarnUnusedIgnores bool
	// Shellcheck runs shellcheck over RUN bodies when it is on PATH, with
	// Shellchecker when given (to share its processes and results between
	// engines), else with one of the engine's own.
	Shellcheck   bool
	Shellchecker *Shellchecker

	// Settings disable rules or change their severity, as configured.
	Settings []Setting
	// Policies are directories or files of user Rego, compiled with the
	// packs; Namespaces are the packages searched for conftest-style
	// deny/warn/violation rules (default main).
	Policies   []string
	Namespaces []string
	// Data is the document policies read under data; Config goes under
	// data.ferrolint.config.
	Data   map[string]any
	Config map[string]any
	// AllowNetworkBuiltins lets policies call http.send, net.lookup_ip_addr
	// and opa.runtime.
	AllowNetworkBuiltins bool
	// Timeout bounds the evaluation of one file (DefaultTimeout if 0).
	Timeout time.Duration
}

// Engine evaluates the rule packs; build it once and share it between
// goroutines.
type Engine struct {
	rules   []*Rule // enabled, sorted by ID
	shards  []*shard
	shardOf map[*Rule]*shard
	byVar   map[string]*Rule // query variable -> enabled Rego rule
	syntax  bool             // FL000 enabled
	custom  *custom          // user policies, data, settings, timeout

	all []*Rule // every rule, disabled ones too
	// warnUnused: FL001 is enabled and asked for; sc: nil without Shellcheck.
	warnUnused bool
	sc         *shellcheck
}

// New compiles the embedded policies and prepares one query for every
// enabled rule.
func New(opts Options) (*Engine, error) {
	return newEngine(policy.FS, opts)
}

// newEngine builds an engine from the packs in fsys, which holds the input
// schema at its root.
func newEngine(fsys fs.FS, opts Options) (*Engine, error) {
	mods, err := loadModules(fsys, false)
	if err != nil {
		return nil, err
	}
	user, err := loadPolicies(opts.Policies, false)
	if err != nil {
		return nil, err
	}
	schema, err := fs.ReadFile(fsys, policy.SchemaFile)
	if err != nil {
		return nil, err
	}
	shards := splitModules(mods, user)
	if err := compileShards(shards, schema, capabilities(opts.AllowNetworkBuiltins)); err != nil {
		return nil, hostBuiltinHint(err)
	}
	mods = append(mods, user...)
	all := []*Rule{SyntaxRule, UnusedIgnoreRule}
	for _, m := range mods {
		if m.rule != nil {
			all = append(all, m.rule)
		}
	}
	ext, all, err := newCustom(user, mods, all, opts)
	if err != nil {
		return nil, err
	}
	if err := checkUnique(all); err != nil {
		return nil, err
	}
	keys, scDisabled := splitShellcheckKeys(opts.Disable)
	disabled, err := resolve(all, keys)
	if err != nil {
		return nil, err
	}
	e := &Engine{byVar: map[string]*Rule{}, all: all, shards: shards, shardOf: map[*Rule]*shard{}}
	for _, sh := range shards {
		for _, m := range sh.mods {
			if m.rule != nil {
				e.shardOf[m.rule] = sh
			}
		}
	}
	for _, r := range all {
		if _, ok := ext.conftest[r]; ok {
			e.shardOf[r] = shards[0] // user policies make one shard
		}
	}
	e.custom = ext
	maps.Copy(disabled, ext.disabled)
	if err := optIn(all, opts, ext.enabled, disabled); err != nil {
		return nil, err
	}
	if opts.Shellcheck {
		runner := opts.Shellchecker
		if runner == nil {
			runner = NewShellchecker()
		}
		e.sc = newShellcheck(runner, scDisabled)
	}
	body := make([][]string, len(shards))
	for _, r := range all {
		if disabled[r] {
			continue
		}
		e.rules = append(e.rules, r)
		if r == SyntaxRule {
			e.syntax = true
			continue
		}
		if r == UnusedIgnoreRule {
			e.warnUnused = opts.WarnUnusedIgnores
			continue
		}
		v := fmt.Sprintf("r%d", len(e.byVar))
		e.byVar[v] = r
		sh := e.shardOf[r]
		sh.vars = append(sh.vars, v)
		i := slices.Index(shards, sh)
		body[i] = append(body[i], v+" := "+ext.ref(r))
	}
	sort.Slice(e.rules, func(i, j int) bool { return e.rules[i].ID < e.rules[j].ID })
	if err := prepareShards(shards, ext.store, body); err != nil {
		return nil, fmt.Errorf("preparing the rules: %w", err)
	}
	return e, nil
}

func checkUnique(all []*Rule) error {
	seen := map[string]*Rule{}
	for _, r := range all {
		for _, key := range []string{r.ID, r.Name} {
			if other, ok := seen[strings.ToLower(key)]; ok && other != r {
				return fmt.Errorf("rules %s and %s both use %q", other.Package, r.Package, key)
			}
			seen[strings.ToLower(key)] = r
		}
	}
	return nil
}

// resolve maps IDs, names and aliases to rules; an unknown one is an error.
func resolve(all []*Rule, keys []string) (map[*Rule]bool, error) {
	out := map[*Rule]bool{}
	for _, key := range keys {
		found := false
		for _, r := range all {
			if r.Matches(key) {
				out[r], found = true, true
			}
		}
		if !found {
			return nil, fmt.Errorf("unknown rule %q", key)
		}
	}
	return out, nil
}

// Matches reports whether key is the rule's ID, name or one of its aliases.
func (r *Rule) Matches(key string) bool {
	if strings.EqualFold(key, r.ID) || strings.EqualFold(key, r.Name) {
		return true
	}
	for _, a := range r.Aliases {
		if strings.EqualFold(key, a) {
			return true
		}
	}
	return false
}

// Rules returns the enabled rules, sorted by ID.
func (e *Engine) Rules() []*Rule { return e.rules }

// Lint evaluates every enabled rule against one parsed file. Findings are
// sorted by line, column and rule ID. An error is about f; it does not
// repeat its path.
func (e *Engine) Lint(ctx context.Context, f *dockerfile.File) ([]Finding, error) {
	var out []Finding
	if e.syntax {
		for _, se := range f.Errors {
			out = append(out, Finding{Rule: SyntaxRule, Severity: Error, Message: se.Message, File: f.Path, Range: se.Range})
		}
	}
	// A rule that fails is an error, but the other rules' findings stay.
	var evalErr error
	if len(f.Stages) > 0 && len(e.byVar) > 0 {
		var found []Finding
		found, evalErr = e.evalRules(ctx, f)
		out = append(out, found...)
	}
	out, scRan, err := e.runShellcheck(ctx, f, out)
	if err != nil {
		return nil, err
	}
	out = e.applyIgnores(f, out, scRan)
	e.custom.overrideSeverities(out)
	SortFindings(out)
	return out, evalErr
}

// SortFindings orders findings by file, line, column and rule ID.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Range.Line != b.Range.Line {
			return a.Range.Line < b.Range.Line
		}
		if a.Range.Column != b.Range.Column {
			return a.Range.Column < b.Range.Column
		}
		return a.Rule.ID < b.Rule.ID
	})
}
