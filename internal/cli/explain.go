package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/ferrolint/ferrolint/report"
	"github.com/ferrolint/ferrolint/rules"
)

// explain prints the documentation of every rule that key names, by ID,
// name or alias; several rules may share an alias. --disable does not hide
// a rule from it, nor does the configuration; user policies are included.
func explain(opts *options, key string, stdout, stderr io.Writer) int {
	engine, err := commandEngine(opts, rules.Options{}, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "ferrolint: %v\n", err)
		return exitError
	}
	var docs []string
	for _, r := range engine.All() {
		if r.Matches(key) {
			docs = append(docs, report.ExplainText(r))
		}
	}
	if len(docs) == 0 {
		fmt.Fprintf(stderr, "ferrolint: unknown rule %q; 'ferrolint rules' lists them\n", key)
		return exitError
	}
	if _, err := io.WriteString(stdout, strings.Join(docs, "\n")); err != nil {
		fmt.Fprintf(stderr, "ferrolint: writing output: %v\n", err)
		return exitError
	}
	return exitOK
}
