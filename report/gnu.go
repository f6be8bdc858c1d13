package report

import (
	"fmt"
	"io"
	"strings"
)

// GNU writes one line per finding in the GNU convention that Vim's
// quickfix, Emacs' compile mode, efm-langserver and ALE parse:
// file:line:col: severity: message [ID]; a whole-file finding is at 1:1.
// Line breaks in messages become
// spaces so that each finding stays on its line.
func GNU(w io.Writer, run Run) error {
	var b strings.Builder
	for _, f := range sortedFindings(run.Results) {
		rg := lineAnchored(f.Range)
		msg := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(f.Message)
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s [%s]\n", f.File, rg.Line, rg.Column, f.Severity, msg, f.Rule.ID)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
