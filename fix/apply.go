package fix

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"

	"github.com/ferrolint/ferrolint/rules"
)

// Applicable reports whether a finding's fix is applied: it has edits and is
// safe, or unsafe fixes are allowed.
func Applicable(f rules.Finding, unsafe bool) bool {
	return f.Fix != nil && len(f.Fix.Edits) > 0 && (f.Fix.Safe || unsafe)
}

// Skipped is a fix that was not applied in a pass, and why.
type Skipped struct {
	Finding rules.Finding
	Reason  string
}

// Pass is the outcome of applying one round of fixes.
type Pass struct {
	Text    []byte
	Applied []rules.Finding
	Skipped []Skipped
}

// candidate is a fix with its edits in byte offsets, sorted by position.
type candidate struct {
	finding rules.Finding
	spans   []span
}

// Apply applies the applicable fixes of findings to src in one pass. A fix
// is applied whole or not at all. Fixes are taken in order of their first
// edit's position, then rule ID; a fix whose edits conflict with those of a
// fix already taken is skipped (the next pass, on the new text, may apply
// it). A fix whose ranges lie outside src or overlap each other is skipped
// too: it is a defect of the rule, and the report says so.
func Apply(src []byte, findings []rules.Finding, unsafe bool) Pass {
	t := newText(src)
	var p Pass
	var cands []candidate
	for _, f := range findings {
		if !Applicable(f, unsafe) {
			continue
		}
		c, err := toCandidate(t, f)
		if err != nil {
			p.Skipped = append(p.Skipped, Skipped{f, err.Error()})
			continue
		}
		cands = append(cands, c)
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		if c := cmp.Compare(a.spans[0].start, b.spans[0].start); c != 0 {
			return c
		}
		if c := cmp.Compare(a.finding.Rule.ID, b.finding.Rule.ID); c != 0 {
			return c
		}
		return cmp.Compare(a.spans[0].end, b.spans[0].end)
	})
	var taken []span
	for _, c := range cands {
		if conflictsWithAny(c.spans, taken) {
			p.Skipped = append(p.Skipped, Skipped{c.finding, "overlaps a fix applied before it"})
			continue
		}
		taken = append(taken, c.spans...)
		p.Applied = append(p.Applied, c.finding)
	}
	p.Text = splice(src, taken)
	return p
}

func toCandidate(t *text, f rules.Finding) (candidate, error) {
	c := candidate{finding: f}
	for _, e := range f.Fix.Edits {
		s, err := t.span(e.Range, e.NewText)
		if err != nil {
			return c, fmt.Errorf("edit out of range: %v", err)
		}
		c.spans = append(c.spans, s)
	}
	sortSpans(c.spans)
	for i := 1; i < len(c.spans); i++ {
		if conflicts(c.spans[i-1], c.spans[i]) {
			return c, fmt.Errorf("its own edits overlap")
		}
	}
	return c, nil
}

func conflictsWithAny(spans, taken []span) bool {
	for _, s := range spans {
		for _, o := range taken {
			if conflicts(s, o) {
				return true
			}
		}
	}
	return false
}

// sortSpans orders edits by start, an insertion before a replacement that
// starts at the same offset.
func sortSpans(s []span) {
	slices.SortStableFunc(s, func(a, b span) int {
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
		return cmp.Compare(a.end, b.end)
	})
}

// splice applies non-conflicting edits to src.
func splice(src []byte, spans []span) []byte {
	sortSpans(spans)
	var b bytes.Buffer
	b.Grow(len(src))
	at := 0
	for _, s := range spans {
		b.Write(src[at:s.start])
		b.WriteString(s.text)
		at = s.end
	}
	b.Write(src[at:])
	return b.Bytes()
}
