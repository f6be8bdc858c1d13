package cli

import (
	"fmt"
	"io"
	"slices"

	"github.com/ferrolint/ferrolint/report"
	"github.com/ferrolint/ferrolint/rules"
)

// listRules prints the enabled rules as a table or, with --format json, as
// a JSON array; both are followed by the rules that are off by default and
// not turned on.
func listRules(w io.Writer, engine *rules.Engine, format string) error {
	switch format {
	case "text":
		if err := report.RulesTable(w, engine.Rules()); err != nil {
			return err
		}
		off := offRules(engine)
		if len(off) == 0 {
			return nil
		}
		if _, err := fmt.Fprintln(w, "\nOff by default (turn on with --enable ID or \"ID: on\" in the configuration):"); err != nil {
			return err
		}
		return report.RulesTable(w, off)
	case "json":
		return report.RulesJSON(w, engine.Rules(), offRules(engine))
	}
	return fmt.Errorf("rules: --format %s is not supported; want text or json", format)
}

// offRules are the rules that are off by default and that neither --enable
// nor the configuration turned on.
func offRules(engine *rules.Engine) []*rules.Rule {
	var out []*rules.Rule
	for _, r := range engine.All() {
		if r.DefaultOff && !slices.Contains(engine.Rules(), r) {
			out = append(out, r)
		}
	}
	return out
}
