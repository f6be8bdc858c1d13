package fix

import (
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/rules"
)

func rng(l, c, el, ec int) dockerfile.Range {
	return dockerfile.Range{Line: l, Column: c, EndLine: el, EndColumn: ec}
}

// finding makes a finding of rule id with one fix of the given edits.
func finding(id string, safe bool, edits ...rules.Edit) rules.Finding {
	return rules.Finding{
		Rule:  &rules.Rule{ID: id},
		Range: edits[0].Range,
		Fix:   &rules.Fix{Description: id + " fix", Safe: safe, Edits: edits},
	}
}

func edit(r dockerfile.Range, text string) rules.Edit { return rules.Edit{Range: r, NewText: text} }

func TestApplyColumnsCountCharacters(t *testing.T) {
	src := "FROM rüst:läst\nRUN x\n"
	p := Apply([]byte(src), []rules.Finding{finding("RS001", true, edit(rng(1, 6, 1, 15), "rust:1.94"))}, false)
	if got, want := string(p.Text), "FROM rust:1.94\nRUN x\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestApplyKeepsBOMAndCRLF(t *testing.T) {
	src := "\ufeffFROM rust:latest\r\nCMD [\"/app\"]\r\n"
	fs := []rules.Finding{
		finding("RS001", true, edit(rng(1, 6, 1, 17), "rust:1.94")),
		finding("RS004", true, edit(rng(2, 1, 2, 1), "USER 65532:65532\n")),
	}
	p := Apply([]byte(src), fs, false)
	want := "\ufeffFROM rust:1.94\r\nUSER 65532:65532\r\nCMD [\"/app\"]\r\n"
	if string(p.Text) != want {
		t.Fatalf("got %q, want %q", p.Text, want)
	}
	if len(p.Applied) != 2 || len(p.Skipped) != 0 {
		t.Fatalf("applied %d, skipped %v", len(p.Applied), p.Skipped)
	}
}

func TestApplyEndOfLineExcludesCRLF(t *testing.T) {
	src := "FROM a\r\nCMD x\r\n"
	// Column 7 is the end of line 1's text; the CR stays.
	p := Apply([]byte(src), []rules.Finding{finding("X1", true, edit(rng(1, 7, 1, 7), " AS b"))}, false)
	if got, want := string(p.Text), "FROM a AS b\r\nCMD x\r\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	// A range that spans lines takes the line ending with it.
	p = Apply([]byte(src), []rules.Finding{finding("X1", true, edit(rng(1, 1, 2, 1), ""))}, false)
	if got, want := string(p.Text), "CMD x\r\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestApplyOrdersAndSkipsConflicts(t *testing.T) {
	src := "FROM rust:latest\nCMD [\"./app\"]\n"
	fs := []rules.Finding{
		// Listed out of order: the order of application is by position, then rule.
		finding("RS004", true, edit(rng(2, 1, 2, 1), "USER 65532:65532\n")),
		finding("RS002", true, edit(rng(1, 17, 1, 17), " AS builder"), edit(rng(2, 1, 2, 14), "\nFROM scratch")),
		finding("RS001", true, edit(rng(1, 6, 1, 17), "rust:1.94")),
	}
	p := Apply([]byte(src), fs, false)
	// RS001 first; RS002's insertion at RS001's end follows it; RS004 inserts
	// at the start of what RS002 replaces, so it waits for the next pass.
	if got, want := string(p.Text), "FROM rust:1.94 AS builder\n\nFROM scratch\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if ids := ruleIDs(p.Applied); ids != "RS001 RS002" {
		t.Errorf("applied %s, want RS001 RS002", ids)
	}
	if len(p.Skipped) != 1 || p.Skipped[0].Finding.Rule.ID != "RS004" || p.Skipped[0].Reason != "overlaps a fix applied before it" {
		t.Errorf("skipped %+v, want RS004 overlapping", p.Skipped)
	}
}

func TestApplySameStartPrefersLowerRuleID(t *testing.T) {
	src := "FROM a\n"
	fs := []rules.Finding{
		finding("RS009", true, edit(rng(1, 6, 1, 7), "b")),
		finding("RS003", true, edit(rng(1, 6, 1, 7), "c")),
	}
	p := Apply([]byte(src), fs, false)
	if string(p.Text) != "FROM c\n" {
		t.Fatalf("got %q, want RS003's edit", p.Text)
	}
}

func TestApplyUnsafeOnlyWhenAllowed(t *testing.T) {
	src := "FROM a\n"
	fs := []rules.Finding{finding("RS002", false, edit(rng(1, 6, 1, 7), "b"))}
	if p := Apply([]byte(src), fs, false); string(p.Text) != src || len(p.Applied) != 0 {
		t.Fatalf("unsafe fix applied without unsafe: %q", p.Text)
	}
	if p := Apply([]byte(src), fs, true); string(p.Text) != "FROM b\n" {
		t.Fatalf("got %q with unsafe", p.Text)
	}
}

func TestApplyRejectsBadFixes(t *testing.T) {
	src := "FROM a\n"
	fs := []rules.Finding{
		finding("X1", true, edit(rng(1, 9, 1, 9), "x")),
		finding("X2", true, edit(rng(3, 1, 3, 1), "x")),
		finding("X3", true, edit(rng(1, 1, 1, 5), "x"), edit(rng(1, 3, 1, 6), "y")),
	}
	p := Apply([]byte(src), fs, false)
	if string(p.Text) != src {
		t.Fatalf("text changed: %q", p.Text)
	}
	want := []string{
		"X1: edit out of range: column 9 is past the end of line 1",
		"X2: edit out of range: line 3 is outside the file (1 lines)",
		"X3: its own edits overlap",
	}
	if len(p.Skipped) != len(want) {
		t.Fatalf("skipped %+v", p.Skipped)
	}
	for i, s := range p.Skipped {
		if got := s.Finding.Rule.ID + ": " + s.Reason; got != want[i] {
			t.Errorf("skipped[%d] = %q, want %q", i, got, want[i])
		}
	}
}

func TestConflicts(t *testing.T) {
	for _, c := range []struct {
		a, b span
		want bool
	}{
		{span{start: 0, end: 4}, span{start: 4, end: 6}, false}, // adjacent replacements
		{span{start: 0, end: 4}, span{start: 3, end: 6}, true},
		{span{start: 4, end: 4}, span{start: 4, end: 6}, true},  // insertion at a replacement's start
		{span{start: 5, end: 5}, span{start: 4, end: 6}, true},  // inside
		{span{start: 6, end: 6}, span{start: 4, end: 6}, false}, // at its end
		{span{start: 6, end: 6}, span{start: 6, end: 6}, true},
		{span{start: 5, end: 5}, span{start: 6, end: 6}, false},
	} {
		if got := conflicts(c.a, c.b); got != c.want {
			t.Errorf("conflicts(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := conflicts(c.b, c.a); got != c.want {
			t.Errorf("conflicts(%v, %v) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}

func ruleIDs(fs []rules.Finding) string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.Rule.ID)
	}
	return strings.Join(ids, " ")
}
