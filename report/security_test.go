package report

import (
	"slices"
	"testing"

	"github.com/ferrolint/ferrolint/rules"
)

// TestSecurityRatingsNameRules keeps the ratings in step with the rules: a
// key that no longer names a rule would silently stop rating it.
func TestSecurityRatingsNameRules(t *testing.T) {
	engine, err := rules.New(rules.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range securityRatings {
		for _, k := range s.keys {
			found := false
			for _, r := range engine.Rules() {
				found = found || r.Matches(k)
			}
			if !found {
				t.Errorf("security rating %s: no rule has the ID, name or alias %q", s.severity, k)
			}
		}
	}
}

func TestRuleTags(t *testing.T) {
	cases := []struct {
		rule *rules.Rule
		tags []string
		sev  string
	}{
		{rootRule, []string{"dockerfile", "security"}, "6.5"},
		{&rules.Rule{ID: "DF099", Aliases: []string{"DL3002"}, Package: "ferrolint.general.root"}, []string{"dockerfile", "general", "security"}, "6.5"},
		{styleRule, []string{"dockerfile", "general"}, ""},
		{syntaxRule, []string{"dockerfile"}, ""},
	}
	for _, c := range cases {
		if got := ruleTags(c.rule); !slices.Equal(got, c.tags) {
			t.Errorf("%s: tags %v, want %v", c.rule.ID, got, c.tags)
		}
		if got := securitySeverity(c.rule); got != c.sev {
			t.Errorf("%s: security-severity %q, want %q", c.rule.ID, got, c.sev)
		}
	}
}
