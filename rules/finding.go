package rules

import "github.com/ferrolint/ferrolint/dockerfile"

// Severity orders findings; a higher value is more severe.
type Severity int

// Severities, lowest first.
const (
	Style Severity = iota + 1
	Info
	Warning
	Error
)

var severityNames = map[Severity]string{Style: "style", Info: "info", Warning: "warning", Error: "error"}

func (s Severity) String() string { return severityNames[s] }

// ParseSeverity reads error, warning, info or style.
func ParseSeverity(s string) (Severity, bool) {
	for sev, name := range severityNames {
		if name == s {
			return sev, true
		}
	}
	return 0, false
}

// Rule is a rule's metadata, read from its # METADATA annotation.
type Rule struct {
	ID          string
	Name        string
	Title       string
	Description string
	Severity    Severity
	Aliases     []string
	Fix         string // a hint on how to fix a finding
	HelpURI     string
	Package     string // the Rego package, e.g. ferrolint.rust.root_runtime_user
	Examples    Examples
	Sources     []string // https URLs of the facts the rule relies on

	// DefaultOff: custom.default is off, so only Options.Enable or a
	// setting turns the rule on.
	DefaultOff bool
}

// Finding is one problem in one file.
type Finding struct {
	Rule     *Rule
	Severity Severity
	Message  string
	File     string
	Range    dockerfile.Range
	Fix      *Fix
}

// Fix is a suggested change.
type Fix struct {
	Description string
	Safe        bool
	Edits       []Edit
}

// Edit replaces the text in Range with NewText.
type Edit struct {
	Range   dockerfile.Range
	NewText string
}
