package cli

import (
	"fmt"
	"io"

	"github.com/ferrolint/ferrolint/report"
	"github.com/ferrolint/ferrolint/rules"
)

// listRules prints the enabled rules as a table or, with --format json, as
// a JSON array.
func listRules(w io.Writer, engine *rules.Engine, format string) error {
	switch format {
	case "text":
		return report.RulesTable(w, engine.Rules())
	case "json":
		return report.RulesJSON(w, engine.Rules())
	}
	return fmt.Errorf("rules: --format %s is not supported; want text or json", format)
}
