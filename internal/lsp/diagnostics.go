package lsp

import (
	"math"
	"strings"

	"github.com/ferrolint/ferrolint/rules"
)

// source names ferrolint as the producer of its diagnostics.
const source = "ferrolint"

// severities maps ferrolint's severities to LSP's; style is a hint.
var severities = map[rules.Severity]int{
	rules.Error:   severityError,
	rules.Warning: severityWarning,
	rules.Info:    severityInformation,
	rules.Style:   severityHint,
}

// diagnostics are the document's findings, and its error as a diagnostic
// on the first line; [] when it is clean.
func (s *server) diagnostics(doc *document) []Diagnostic {
	text := NewText(doc.text, s.enc)
	out := make([]Diagnostic, 0, len(doc.findings)+1)
	if doc.err != nil {
		out = append(out, Diagnostic{
			Range:    Range{Start: Position{}, End: text.Position(1, math.MaxInt)},
			Severity: severityError,
			Source:   source,
			Message:  doc.err.Error(),
		})
	}
	for _, f := range doc.findings {
		out = append(out, diagnostic(text, f))
	}
	return out
}

func diagnostic(text *Text, f rules.Finding) Diagnostic {
	d := Diagnostic{
		Range:    text.Range(f.Range),
		Severity: severities[f.Severity],
		Code:     f.Rule.ID,
		Source:   source,
		Message:  f.Message,
	}
	if f.Rule.HelpURI != "" {
		d.CodeDescription = &codeDescription{Href: f.Rule.HelpURI}
	}
	return d
}

// wantsQuickFixes tells whether a codeAction request's only filter admits
// quick fixes: no filter, quickfix, or a parent kind of it.
func wantsQuickFixes(only []string) bool {
	if len(only) == 0 {
		return true
	}
	for _, k := range only {
		if k == kindQuickFix || strings.HasPrefix(kindQuickFix, k+".") {
			return true
		}
	}
	return false
}

// quickFixes are the fixes of the document's findings whose ranges touch
// rng: safe ones preferred, unsafe ones (which restructure the build) not.
func (s *server) quickFixes(doc *document, rng Range) []CodeAction {
	text := NewText(doc.text, s.enc)
	out := []CodeAction{}
	for _, f := range doc.findings {
		if f.Fix == nil || len(f.Fix.Edits) == 0 {
			continue
		}
		d := diagnostic(text, f)
		if !touches(d.Range, rng) {
			continue
		}
		edits := make([]TextEdit, len(f.Fix.Edits))
		for i, e := range f.Fix.Edits {
			edits[i] = TextEdit{Range: text.Range(e.Range), NewText: e.NewText}
		}
		out = append(out, CodeAction{
			Title:       f.Fix.Description,
			Kind:        kindQuickFix,
			Diagnostics: []Diagnostic{d},
			IsPreferred: f.Fix.Safe,
			Edit:        WorkspaceEdit{Changes: map[string][]TextEdit{doc.uri: edits}},
		})
	}
	return out
}

// touches tells whether two ranges overlap or meet, so that a cursor at
// either end of a diagnostic still gets its fix.
func touches(a, b Range) bool {
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

func before(p, q Position) bool {
	return p.Line < q.Line || (p.Line == q.Line && p.Character < q.Character)
}
