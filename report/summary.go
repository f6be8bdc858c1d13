package report

import (
	"fmt"
	"strings"

	"github.com/ferrolint/ferrolint/rules"
)

// severityNouns lists severities most severe first, with their counted forms.
var severityNouns = []struct {
	severity  rules.Severity
	one, many string
}{
	{rules.Error, "error", "errors"},
	{rules.Warning, "warning", "warnings"},
	{rules.Info, "info", "info"},
	{rules.Style, "style", "style"},
}

// tally counts what a run found, for the summary line.
type tally struct {
	files      int // linted
	failed     int // could not be linted
	problems   int
	bySeverity map[rules.Severity]int
}

func (t *tally) add(s rules.Severity) {
	if t.bySeverity == nil {
		t.bySeverity = map[rules.Severity]int{}
	}
	t.problems++
	t.bySeverity[s]++
}

// String reads e.g. "2 problems (1 error, 1 warning) in 1 file" or
// "no problems in 3 files; 1 file could not be linted".
func (t tally) String() string {
	var b strings.Builder
	if t.problems == 0 {
		b.WriteString("no problems")
	} else {
		var parts []string
		for _, s := range severityNouns {
			if n := t.bySeverity[s.severity]; n > 0 {
				parts = append(parts, count(n, s.one, s.many))
			}
		}
		b.WriteString(count(t.problems, "problem", "problems"))
		if len(parts) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(parts, ", "))
		}
	}
	fmt.Fprintf(&b, " in %s", count(t.files, "file", "files"))
	if t.failed > 0 {
		fmt.Fprintf(&b, "; %s could not be linted", count(t.failed, "file", "files"))
	}
	return b.String()
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
