package rules

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/open-policy-agent/opa/v1/ast"
)

// conftestName matches conftest's rule names: deny and violation give
// errors, warn gives warnings, each optionally with a _suffix.
var conftestName = regexp.MustCompile(`^(deny|violation|warn)(_[a-zA-Z0-9]+)*$`)

// conftestRules finds the conftest-style rules of the user modules whose
// package is one of namespaces or below one. Each becomes a rule whose ID
// and name are its path, e.g. main.deny_latest; the map gives the Rego
// rule's name.
func conftestRules(user []*module, namespaces []string) ([]*Rule, map[*Rule]string, error) {
	if len(namespaces) == 0 {
		namespaces = []string{"main"}
	}
	var out []*Rule
	names := map[*Rule]string{}
	seen := map[string]bool{}
	for _, m := range user {
		if m.rule != nil || strings.HasSuffix(m.file, "_test.rego") {
			continue
		}
		pkg := strings.TrimPrefix(m.mod.Package.Path.String(), "data.")
		if !inNamespace(pkg, namespaces) {
			continue
		}
		for _, r := range m.mod.Rules {
			name := r.Head.Ref().String()
			if !conftestName.MatchString(name) {
				continue
			}
			if r.Head.RuleKind() != ast.MultiValue {
				return nil, nil, fmt.Errorf("%s:%d: conftest rule %s must be a set: %s contains msg if { ... }", m.file, r.Location.Row, name, name)
			}
			id := pkg + "." + name
			if seen[id] {
				continue
			}
			seen[id] = true
			sev := Error
			if strings.HasPrefix(name, "warn") {
				sev = Warning
			}
			rule := &Rule{ID: id, Name: id, Title: conftestTitle(r, id), Severity: sev, Package: pkg}
			out = append(out, rule)
			names[rule] = name
		}
	}
	return out, names, nil
}

func inNamespace(pkg string, namespaces []string) bool {
	for _, ns := range namespaces {
		if pkg == ns || strings.HasPrefix(pkg, ns+".") {
			return true
		}
	}
	return false
}

// conftestTitle is the title of the rule's METADATA, if it has one.
func conftestTitle(r *ast.Rule, id string) string {
	for _, a := range r.Annotations {
		if a.Title != "" {
			return a.Title
		}
	}
	return "conftest rule " + id
}

// conftestFinding maps one result of a conftest rule to a finding. A string
// is the message; an object has msg and, for the location, range (an input
// range object), line, or _loc.line (conftest's own). Without one the
// finding is on line 1.
func conftestFinding(r *Rule, f *dockerfile.File, x any) (Finding, error) {
	fd := Finding{Rule: r, Severity: r.Severity, File: f.Path}
	switch v := x.(type) {
	case string:
		fd.Message = v
		fd.Range = lineRange(f, 1)
		return fd, nil
	case map[string]any:
		msg, ok := v["msg"].(string)
		if !ok || msg == "" {
			return Finding{}, errors.New(`a conftest result object needs a "msg" string`)
		}
		fd.Message = msg
		if rng, ok := v["range"]; ok {
			var err error
			fd.Range, err = toRange(f, rng)
			return fd, err
		}
		line, err := conftestLine(v)
		if err != nil {
			return Finding{}, err
		}
		if line > f.Lines {
			return Finding{}, fmt.Errorf("line %d is outside the file", line)
		}
		fd.Range = lineRange(f, line)
		return fd, nil
	}
	return Finding{}, fmt.Errorf("a conftest result must be a string or an object with msg, got %T", x)
}

// conftestLine reads line or _loc.line; 1 when neither is there.
func conftestLine(obj map[string]any) (int, error) {
	raw, ok := obj["line"]
	if loc, isObj := obj["_loc"].(map[string]any); !ok && isObj {
		raw, ok = loc["line"]
	}
	if !ok {
		return 1, nil
	}
	n, isNum := raw.(json.Number)
	v, err := n.Int64()
	if !isNum || err != nil || v < 1 {
		return 0, fmt.Errorf("line must be a positive integer, got %v", raw)
	}
	return int(v), nil
}

// lineRange is the instruction or comment that starts on line n, or an
// empty range at its start when nothing does (a blank line, a parser
// directive).
func lineRange(f *dockerfile.File, n int) dockerfile.Range {
	for _, a := range f.GlobalArgs {
		if a.Range.Line == n {
			return a.Range
		}
	}
	for _, s := range f.Stages {
		for _, in := range s.Instructions {
			if in.Range.Line == n {
				return in.Range
			}
		}
	}
	for _, c := range f.Comments {
		if c.Range.Line == n {
			return c.Range
		}
	}
	return dockerfile.Range{Line: n, Column: 1, EndLine: n, EndColumn: 1}
}
