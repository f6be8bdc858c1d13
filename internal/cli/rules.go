package cli

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/ferrolint/ferrolint/rules"
)

// listRules prints the enabled rules as a table.
func listRules(w io.Writer, engine *rules.Engine) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tSEVERITY\tTITLE")
	for _, r := range engine.Rules() {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Name, r.Severity, r.Title)
	}
	return tw.Flush()
}
