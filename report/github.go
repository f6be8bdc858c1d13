package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/ferrolint/ferrolint/rules"
)

// githubLimit is how many error and how many warning annotations GitHub
// keeps per step; it drops the rest silently.
const githubLimit = 10

// GitHub writes a GitHub Actions workflow command per finding, which the
// runner turns into an annotation on the file, then the text report for
// the log, which also shows what GitHub's annotation limit drops.
func GitHub(w io.Writer, run Run) error {
	var b strings.Builder
	perCommand := map[string]int{}
	for _, r := range run.Results {
		if r.Err != nil {
			rel, _ := relPath(run.Root, r.Path)
			fmt.Fprintf(&b, "::error file=%s,title=ferrolint::%s\n", githubProperty(rel), githubData(r.Err.Error()))
			perCommand["error"]++
		}
	}
	for _, f := range sortedFindings(run.Results) {
		rel, _ := relPath(run.Root, f.File)
		props := []string{"file=" + githubProperty(rel)}
		if rg := f.Range; rg.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", rg.Line))
			if rg.Column > 0 {
				props = append(props, fmt.Sprintf("col=%d", rg.Column))
			}
			if rg.EndLine > rg.Line || (rg.EndLine == rg.Line && rg.EndColumn >= rg.Column) {
				props = append(props, fmt.Sprintf("endLine=%d", rg.EndLine))
				if rg.EndColumn > 0 {
					props = append(props, fmt.Sprintf("endColumn=%d", rg.EndColumn))
				}
			}
		}
		props = append(props, "title="+githubProperty(f.Rule.ID+" "+f.Rule.Name))
		cmd := githubCommand(f.Severity)
		fmt.Fprintf(&b, "::%s %s::%s\n", cmd, strings.Join(props, ","), githubData(f.Message))
		perCommand[cmd]++
	}
	for _, cmd := range []string{"error", "warning"} {
		if n := perCommand[cmd]; n > githubLimit {
			fmt.Fprintf(&b, "ferrolint: GitHub shows only the first %d of %d %s annotations; the report below lists them all\n", githubLimit, n, cmd)
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return Text(w, run.Results, run.Color)
}

// githubCommand maps severities to the three annotation levels.
func githubCommand(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "notice"
}

// githubData escapes a command's message as the Actions runner unescapes it.
func githubData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// githubProperty escapes a command's property value, where : and , also
// delimit.
func githubProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
