package rules

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
)

// loadPolicies parses the user policies: every .rego file of the given
// directories (searched recursively, skipping hidden ones) or files. Test
// files are included only when tests is true. A file named twice is read
// once.
func loadPolicies(paths []string, tests bool) ([]*module, error) {
	var out []*module
	seen := map[string]bool{}
	for _, root := range paths {
		if _, err := os.Stat(root); err != nil {
			return nil, fmt.Errorf("policy %s: %w", root, pathErr(err))
		}
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return fmt.Errorf("policy %s: %w", p, pathErr(err))
			case d.IsDir():
				if p != root && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			case filepath.Ext(p) != ".rego" || strings.HasSuffix(p, "_test.rego") && !tests:
				return nil
			}
			abs, _ := filepath.Abs(p)
			if seen[abs] {
				return nil
			}
			seen[abs] = true
			src, err := os.ReadFile(p)
			if err != nil {
				return fmt.Errorf("policy %s: %w", p, pathErr(err))
			}
			m, err := parseModule(p, src)
			if err != nil {
				return err
			}
			if m.rule != nil {
				m.rule.HelpURI = relatedResource(m.mod)
			}
			out = append(out, m)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func pathErr(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}

// relatedResource is the first related_resources link of a package's
// METADATA, which documents a user rule; the built-in documentation
// address does not apply to it.
func relatedResource(mod *ast.Module) string {
	for _, a := range mod.Annotations {
		if a.Scope == "package" && len(a.RelatedResources) > 0 && a.RelatedResources[0].Ref.String() != "" {
			return a.RelatedResources[0].Ref.String()
		}
	}
	return ""
}

// checkFindingsRules checks that every user rule's package defines
// findings as a set, the contract the engine queries: a complete rule
// that is undefined would silently hide every other rule's findings.
func checkFindingsRules(user, all []*module) error {
	for _, m := range user {
		if m.rule == nil {
			continue
		}
		found := false
		for _, o := range all {
			if !o.mod.Package.Path.Equal(m.mod.Package.Path) {
				continue
			}
			for _, r := range o.mod.Rules {
				if r.Head.Ref().String() != "findings" {
					continue
				}
				if r.Head.RuleKind() != ast.MultiValue {
					return fmt.Errorf("%s:%d: rule %s: findings must be a set: findings contains f if { ... }", o.file, r.Location.Row, m.rule.ID)
				}
				found = true
			}
		}
		if !found {
			return fmt.Errorf("%s:%d: rule %s: the package defines no findings", m.file, m.mod.Package.Location.Row, m.rule.ID)
		}
	}
	return nil
}

// Setting turns a rule off or changes its severity, as a configuration
// file asks.
type Setting struct {
	Rule     string // ID, name or alias
	Disable  bool
	Severity Severity // 0 keeps the rule's own
	// A setting that does not disable turns an opt-in rule on.
	// Optional skips a key that names no rule (hadolint codes ferrolint
	// does not have) instead of failing.
	Optional bool
	From     string // where it was written, file:line, for errors
}

// custom is what an Engine adds to the embedded packs: user rules, data,
// configured severities and the evaluation limits.
type custom struct {
	all      []*Rule          // every rule, for Known
	conftest map[*Rule]string // conftest rule -> its Rego rule name
	disabled map[*Rule]bool   // by Settings
	enabled  map[*Rule]bool   // opt-in rules a setting turns on
	severity map[*Rule]Severity
	timeout  time.Duration
	store    storage.Store
	single   map[*Rule]*singleQuery // for isolating a failing rule
}

// DefaultTimeout bounds the evaluation of all rules against one file.
const DefaultTimeout = 10 * time.Second

// newCustom adds the conftest rules of the user modules to all, resolves
// the settings and builds the data document: opts.Data with the
// configuration under ferrolint.config.
func newCustom(user, mods []*module, all []*Rule, opts Options) (*custom, []*Rule, error) {
	if err := checkFindingsRules(user, mods); err != nil {
		return nil, nil, err
	}
	cf, names, err := conftestRules(user, opts.Namespaces)
	if err != nil {
		return nil, nil, err
	}
	all = append(all, cf...)
	x := &custom{all: all, conftest: names, disabled: map[*Rule]bool{}, enabled: map[*Rule]bool{}, severity: map[*Rule]Severity{}, timeout: opts.Timeout, single: map[*Rule]*singleQuery{}}
	if x.timeout <= 0 {
		x.timeout = DefaultTimeout
	}
	for _, r := range all {
		x.single[r] = &singleQuery{}
	}
	for _, s := range opts.Settings {
		found := false
		for _, r := range all {
			if !r.Matches(s.Rule) {
				continue
			}
			found = true
			if s.Disable {
				x.disabled[r] = true
				continue
			}
			// Any other setting turns an opt-in rule on, as hadolint's
			// severity overrides do.
			x.enabled[r] = true
			if s.Severity != 0 {
				x.severity[r] = s.Severity
			}
		}
		if !found && !s.Optional {
			return nil, nil, fmt.Errorf("%s: unknown rule %q", s.From, s.Rule)
		}
	}
	data, err := mergeData(opts.Data, opts.Config)
	if err != nil {
		return nil, nil, err
	}
	x.store = inmem.NewFromObject(data)
	return x, all, nil
}

// mergeData puts the configuration under ferrolint.config of the user's
// data, which may not set it itself.
func mergeData(user map[string]any, cfg map[string]any) (map[string]any, error) {
	data := map[string]any{}
	maps.Copy(data, user)
	fl := map[string]any{}
	if v, ok := data["ferrolint"]; ok {
		m, isObj := v.(map[string]any)
		if !isObj {
			return nil, errors.New("data: ferrolint is reserved for ferrolint's configuration")
		}
		if _, set := m["config"]; set {
			return nil, errors.New("data: ferrolint.config is reserved for ferrolint's configuration")
		}
		maps.Copy(fl, m)
	}
	if cfg == nil {
		cfg = map[string]any{}
	}
	fl["config"] = cfg
	data["ferrolint"] = fl
	return data, nil
}

// ref is the document the engine queries for a rule.
func (x *custom) ref(r *Rule) string {
	if name, ok := x.conftest[r]; ok {
		return "data." + r.Package + "." + name
	}
	return "data." + r.Package + ".findings"
}

// All returns every rule, disabled ones and user rules included, sorted
// by ID.
func (e *Engine) All() []*Rule {
	out := slices.Clone(e.custom.all)
	slices.SortFunc(out, func(a, b *Rule) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// Known reports whether key is the ID, name or alias of a rule, enabled or
// not.
func (e *Engine) Known(key string) bool {
	for _, r := range e.custom.all {
		if r.Matches(key) {
			return true
		}
	}
	return false
}
