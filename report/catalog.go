package report

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/ferrolint/ferrolint/rules"
)

// RulesTable lists rules as an aligned table.
func RulesTable(w io.Writer, all []*rules.Rule) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tSEVERITY\tALIASES\tTITLE")
	for _, r := range all {
		aliases := strings.Join(r.Aliases, ",")
		if aliases == "" {
			aliases = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Name, r.Severity, aliases, r.Title)
	}
	return tw.Flush()
}

// RulesJSON lists the enabled rules, then the rules that are off by default
// and not turned on, as one JSON array.
func RulesJSON(w io.Writer, enabled, off []*rules.Rule) error {
	out := []ruleJSON{}
	for i, r := range slices.Concat(enabled, off) {
		out = append(out, ruleJSON{
			ID: r.ID, Name: r.Name, Severity: r.Severity.String(), Title: r.Title,
			Aliases: append([]string{}, r.Aliases...), HelpURI: r.HelpURI,
			Examples: newExamplesJSON(r.Examples), Sources: append([]string{}, r.Sources...),
			DefaultOff: r.DefaultOff, Enabled: i < len(enabled),
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

type ruleJSON struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Severity string   `json:"severity"`
	Title    string   `json:"title"`
	Aliases  []string `json:"aliases"`
	HelpURI  string   `json:"help_uri"`
	// Examples is absent for a rule without them.
	Examples *examplesJSON `json:"examples,omitempty"`
	Sources  []string      `json:"sources"`
	// DefaultOff: the rule runs only when turned on; Enabled: it runs now.
	DefaultOff bool `json:"default_off"`
	Enabled    bool `json:"enabled"`
}

type examplesJSON struct {
	Bad     string            `json:"bad"`
	Good    string            `json:"good"`
	Context map[string]string `json:"context,omitempty"`
	Config  string            `json:"config,omitempty"`
	// Registry is the platforms of the images, for rules that need --registry.
	Registry map[string][]string `json:"registry,omitempty"`
}

func newExamplesJSON(x rules.Examples) *examplesJSON {
	if x.Empty() {
		return nil
	}
	return &examplesJSON{Bad: x.Bad, Good: x.Good, Context: x.Context, Config: x.Config, Registry: x.Registry}
}
