package rules

import (
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"
)

// readDefault reads custom.default: "off" makes a rule opt-in, evaluated
// only when --enable or the configuration names it. YAML reads a bare off
// or on as a boolean, so both spellings are accepted.
func readDefault(file string, a *ast.Annotations, r *Rule) error {
	switch v := a.Custom["default"].(type) {
	case nil:
	case bool:
		r.DefaultOff = !v
	case string:
		if v != "on" && v != "off" {
			return fmt.Errorf("%s:%d: rule %s: custom.default %q is not on or off", file, a.Location.Row, r.ID, v)
		}
		r.DefaultOff = v == "off"
	default:
		return fmt.Errorf("%s:%d: rule %s: custom.default is %s; want on or off", file, a.Location.Row, r.ID, typeName(v))
	}
	return nil
}

// optIn adds to disabled every rule that is off by default and that neither
// Options.Enable nor a setting turns on.
func optIn(all []*Rule, opts Options, settingsOn map[*Rule]bool, disabled map[*Rule]bool) error {
	on, err := resolve(all, opts.Enable)
	if err != nil {
		return fmt.Errorf("--enable: %w", err)
	}
	for _, r := range all {
		if r.DefaultOff && !on[r] && !settingsOn[r] {
			disabled[r] = true
		}
	}
	return nil
}
