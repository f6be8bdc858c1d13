package fix

import (
	"bytes"
	"fmt"

	"github.com/ferrolint/ferrolint/rules"
)

// MaxPasses bounds the apply and re-lint rounds of Run. Fixes that conflict
// in one pass are retried on the next, so a few passes reach a fixed point;
// the bound stops rules whose fixes keep producing new fixes.
const MaxPasses = 10

// Lint parses and lints a version of the file's text.
type Lint func(src []byte) ([]rules.Finding, error)

// Result is the outcome of fixing one file.
type Result struct {
	Text     []byte          // the fixed text; the original when nothing applied
	Findings []rules.Finding // the findings of Text
	Applied  []rules.Finding // the fixes applied, in the order applied
	// Unapplied are applicable fixes that remain in Text: conflicting with
	// each other after MaxPasses, or with edits outside the file.
	Unapplied []Skipped
	Passes    int
}

// Changed reports whether fixing changed the text.
func (r *Result) Changed(src []byte) bool { return !bytes.Equal(r.Text, src) }

// BreakError says that a fix would make the file unparsable.
type BreakError struct {
	Fix    rules.Finding // the finding whose fix breaks the file
	Syntax rules.Finding // the syntax error it introduces
}

func (e *BreakError) Error() string {
	return fmt.Sprintf("the fix of %s (line %d) would make the file unparsable (line %d: %s); file left unchanged",
		e.Fix.Rule.ID, e.Fix.Range.Line, e.Syntax.Range.Line, e.Syntax.Message)
}

// Run applies the applicable fixes of findings (the findings of src), lints
// the result and repeats until no applicable fix is left, nothing changes,
// or MaxPasses is reached. A pass that adds a syntax error (FL000) stops the
// run with a *BreakError and the original text.
func Run(src []byte, findings []rules.Finding, lint Lint, unsafe bool) (*Result, error) {
	res := &Result{Text: src, Findings: findings}
	for res.Passes < MaxPasses && anyApplicable(res.Findings, unsafe) {
		p := Apply(res.Text, res.Findings, unsafe)
		if len(p.Applied) == 0 || bytes.Equal(p.Text, res.Text) {
			break
		}
		res.Passes++
		next, err := lint(p.Text)
		if err != nil {
			return &Result{Text: src, Findings: findings}, err
		}
		if se, broke := addedSyntaxError(res.Findings, next); broke {
			return &Result{Text: src, Findings: findings}, blame(res.Text, res.Findings, p.Applied, lint, unsafe, se)
		}
		res.Text, res.Findings = p.Text, next
		res.Applied = append(res.Applied, p.Applied...)
	}
	last := Apply(res.Text, res.Findings, unsafe)
	res.Unapplied = last.Skipped
	if !bytes.Equal(last.Text, res.Text) { // fixes that change nothing are not news
		for _, f := range last.Applied {
			res.Unapplied = append(res.Unapplied, Skipped{f, fmt.Sprintf("not applied within %d passes", MaxPasses)})
		}
	}
	return res, nil
}

func anyApplicable(findings []rules.Finding, unsafe bool) bool {
	for _, f := range findings {
		if Applicable(f, unsafe) {
			return true
		}
	}
	return false
}

// addedSyntaxError returns a syntax error of after when after has more of
// them than before.
func addedSyntaxError(before, after []rules.Finding) (rules.Finding, bool) {
	var first rules.Finding
	n := 0
	for _, f := range after {
		if f.Rule.ID == rules.SyntaxRule.ID {
			if n == 0 {
				first = f
			}
			n++
		}
	}
	for _, f := range before {
		if f.Rule.ID == rules.SyntaxRule.ID {
			n--
		}
	}
	return first, n > 0
}

// blame finds which of a pass's fixes breaks the file by applying each one
// alone; when none does alone, the combination does and the first is named.
func blame(src []byte, findings, applied []rules.Finding, lint Lint, unsafe bool, se rules.Finding) error {
	for _, f := range applied {
		p := Apply(src, []rules.Finding{f}, unsafe)
		after, err := lint(p.Text)
		if err != nil {
			return err
		}
		if e, broke := addedSyntaxError(findings, after); broke {
			return &BreakError{Fix: f, Syntax: e}
		}
	}
	return &BreakError{Fix: applied[0], Syntax: se}
}
