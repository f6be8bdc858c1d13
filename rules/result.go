package rules

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ferrolint/ferrolint/dockerfile"
)

// toFinding reads one object of a rule's findings set.
func toFinding(r *Rule, f *dockerfile.File, x any) (Finding, error) {
	obj, ok := x.(map[string]any)
	if !ok {
		return Finding{}, fmt.Errorf("a finding must be an object, got %T", x)
	}
	msg, ok := obj["message"].(string)
	if !ok || msg == "" {
		return Finding{}, errors.New(`a finding needs a "message" string`)
	}
	rng, err := toRange(f, obj["range"])
	if err != nil {
		return Finding{}, err
	}
	fd := Finding{Rule: r, Severity: r.Severity, Message: msg, File: f.Path, Range: rng}
	if s, ok := obj["severity"].(string); ok {
		if fd.Severity, ok = ParseSeverity(s); !ok {
			return Finding{}, fmt.Errorf("severity %q is not error, warning, info or style", s)
		}
	}
	if fx, ok := obj["fix"]; ok {
		if fd.Fix, err = toFix(f, fx); err != nil {
			return Finding{}, err
		}
	}
	return fd, nil
}

func toFix(f *dockerfile.File, x any) (*Fix, error) {
	obj, ok := x.(map[string]any)
	if !ok {
		return nil, errors.New(`"fix" must be an object`)
	}
	fx := &Fix{}
	fx.Description, _ = obj["description"].(string)
	fx.Safe, _ = obj["safe"].(bool)
	edits, _ := obj["edits"].([]any)
	for _, e := range edits {
		eo, ok := e.(map[string]any)
		if !ok {
			return nil, errors.New("a fix edit must be an object")
		}
		rng, err := toRange(f, eo["range"])
		if err != nil {
			return nil, fmt.Errorf("fix edit: %w", err)
		}
		text, ok := eo["new_text"].(string)
		if !ok {
			return nil, errors.New(`a fix edit needs a "new_text" string`)
		}
		fx.Edits = append(fx.Edits, Edit{Range: rng, NewText: text})
	}
	return fx, nil
}

func toRange(f *dockerfile.File, x any) (dockerfile.Range, error) {
	obj, ok := x.(map[string]any)
	if !ok {
		return dockerfile.Range{}, errors.New(`a finding needs a "range" object`)
	}
	var r dockerfile.Range
	for _, f := range []struct {
		key string
		dst *int
	}{{"line", &r.Line}, {"column", &r.Column}, {"end_line", &r.EndLine}, {"end_column", &r.EndColumn}} {
		n, ok := obj[f.key].(json.Number)
		if !ok {
			return r, fmt.Errorf("range.%s must be a number", f.key)
		}
		v, err := n.Int64()
		if err != nil || v < 1 {
			return r, fmt.Errorf("range.%s must be a positive integer, got %s", f.key, n)
		}
		*f.dst = int(v)
	}
	if r.EndLine < r.Line || r.EndLine == r.Line && r.EndColumn < r.Column {
		return r, fmt.Errorf("range %d:%d-%d:%d ends before it starts", r.Line, r.Column, r.EndLine, r.EndColumn)
	}
	if !f.Contains(r) {
		return r, fmt.Errorf("range %d:%d-%d:%d is outside the file", r.Line, r.Column, r.EndLine, r.EndColumn)
	}
	return r, nil
}
