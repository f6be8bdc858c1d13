package report

import (
	"strings"

	"github.com/ferrolint/ferrolint/rules"
)

// securityRatings lists the rules that report security weaknesses, keyed by
// rule ID, name or alias so that a rule of another pack covering the same
// hadolint check is rated alike. GitHub code scanning reads the rating as a
// CVSS-like score: 9.0+ critical, 7.0-8.9 high, 4.0-6.9 medium, below low.
var securityRatings = []struct {
	keys     []string
	severity string
}{
	// Running as root (CWE-250) is not exploitable alone, but turns any code
	// execution bug into root in the container and defeats runAsNonRoot:
	// medium, at its upper end (Trivy rates DS-0002 high).
	{[]string{"RS004", "DL3002"}, "6.5"},
	// A secret in ARG or ENV stays readable in the image's history and config
	// by anyone who can pull it (CWE-538): high.
	{[]string{"SecretsUsedInArgOrEnv", "DL3064"}, "7.5"},
	// An image pulled from a registry the configuration does not trust is a
	// supply-chain risk: medium.
	{[]string{"DF045"}, "5.0"},
	// A runtime base out of support no longer gets security fixes: medium.
	{[]string{"RS020"}, "4.0"},
	// A compiler, shell and package manager (RS002) or busybox (RS008) in the
	// runtime image widen what an attacker with code execution can do: low.
	{[]string{"RS002"}, "3.0"},
	{[]string{"RS008"}, "3.0"},
}

// securitySeverity returns the rule's security rating, or "" when it does
// not report a security weakness.
func securitySeverity(r *rules.Rule) string {
	for _, s := range securityRatings {
		for _, k := range s.keys {
			if r.Matches(k) {
				return s.severity
			}
		}
	}
	return ""
}

// ruleTags labels a rule for filtering in code scanning: its pack (the
// second part of its Rego package, e.g. rust), and security when rated.
func ruleTags(r *rules.Rule) []string {
	tags := []string{"dockerfile"}
	if parts := strings.Split(r.Package, "."); len(parts) > 2 {
		tags = append(tags, parts[1])
	}
	if securitySeverity(r) != "" {
		tags = append(tags, "security")
	}
	return tags
}
