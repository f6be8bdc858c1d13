package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/fatih/color"

	"github.com/ferrolint/ferrolint/rules"
)

// Text writes rustc-style diagnostics followed by a summary line. Each
// diagnostic is a self-contained block written in one call and followed by
// a blank line, so that output from parallel runs interleaves only between
// blocks. colored turns ANSI colours on or off, whatever the environment.
func Text(w io.Writer, results []Result, colored bool) error {
	p := newPalette(colored)
	var t tally
	for _, r := range results {
		if r.Err != nil {
			t.failed++
			block := p.severity(rules.Error).Sprint("error") + p.bold.Sprintf(": %s: %v", r.Path, r.Err) + "\n\n"
			if _, err := io.WriteString(w, block); err != nil {
				return err
			}
		} else {
			t.files++
		}
		// A file with an error may still have findings: those of the rules
		// that did not fail.
		lines := splitLines(r.Source)
		for _, f := range r.Findings {
			t.add(f.Severity)
			if _, err := io.WriteString(w, p.diagnostic(f, lines)+"\n"); err != nil {
				return err
			}
		}
	}
	_, err := io.WriteString(w, p.bold.Sprint(t.String())+"\n")
	return err
}

// diagnostic renders one finding:
//
//	warning[RS001]: message
//	 --> path:line:column
//	  |
//	1 | source line
//	  |      ^^^^^
//	  = help: hint
func (p palette) diagnostic(f rules.Finding, lines []string) string {
	var b strings.Builder
	sev := p.severity(f.Severity)
	b.WriteString(sev.Sprintf("%s[%s]", f.Severity, f.Rule.ID) + p.bold.Sprintf(": %s", f.Message) + "\n")

	rg := f.Range
	pad := strings.Repeat(" ", len(strconv.Itoa(rg.Line)))
	loc := f.File
	if rg.Line > 0 {
		loc += fmt.Sprintf(":%d:%d", rg.Line, rg.Column)
	}
	b.WriteString(pad + p.gutter.Sprint("-->") + " " + loc + "\n")

	if rg.Line >= 1 && rg.Line <= len(lines) {
		multiline := rg.EndLine > rg.Line
		start, end := rg.Column-1, rg.EndColumn-1
		if multiline {
			end = -1 // to the end of the first line
		} else if end < start {
			end = start // no usable end: underline.marks makes it one caret
		}
		shown, indent, marks := underline(lines[rg.Line-1], start, end)
		carets := sev.Sprint(strings.Repeat("^", marks))
		if multiline {
			carets += " ..."
		}
		b.WriteString(pad + p.gutter.Sprint(" |") + "\n")
		b.WriteString(p.gutter.Sprintf("%d |", rg.Line) + " " + shown + "\n")
		b.WriteString(pad + p.gutter.Sprint(" |") + " " + strings.Repeat(" ", indent) + carets + "\n")
	}

	if help := helpText(f); help != "" {
		b.WriteString(pad + p.gutter.Sprint(" =") + p.bold.Sprint(" help") + ": " + help + "\n")
	}
	return b.String()
}

// helpText prefers the finding's own fix over the rule's generic hint.
func helpText(f rules.Finding) string {
	if f.Fix != nil && f.Fix.Description != "" {
		return f.Fix.Description
	}
	return f.Rule.Fix
}

// splitLines splits source text into lines without their line endings.
func splitLines(src []byte) []string {
	lines := strings.Split(string(src), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return lines
}

// palette holds one set of colours per Text call, so that colouring depends
// only on the call's argument and not on fatih/color's global NoColor.
type palette struct {
	bySeverity map[rules.Severity]*color.Color
	bold       *color.Color
	gutter     *color.Color
}

func newPalette(enabled bool) palette {
	p := palette{
		bySeverity: map[rules.Severity]*color.Color{
			rules.Error:   color.New(color.FgRed, color.Bold),
			rules.Warning: color.New(color.FgYellow, color.Bold),
			rules.Info:    color.New(color.FgCyan, color.Bold),
			rules.Style:   color.New(color.FgGreen, color.Bold),
		},
		bold:   color.New(color.Bold),
		gutter: color.New(color.FgBlue, color.Bold),
	}
	all := []*color.Color{p.bold, p.gutter}
	for _, c := range p.bySeverity {
		all = append(all, c)
	}
	for _, c := range all {
		if enabled {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return p
}

func (p palette) severity(s rules.Severity) *color.Color {
	if c, ok := p.bySeverity[s]; ok {
		return c
	}
	return p.bold
}
