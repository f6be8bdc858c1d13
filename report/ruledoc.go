package report

import (
	"fmt"
	"strings"

	"github.com/ferrolint/ferrolint/rules"
)

//go:generate go test -run TestRuleDocsUpToDate -update .

// DocsCommand regenerates docs/rules; generated pages name it.
const DocsCommand = "go generate ./report"

// ExplainText describes a rule for a terminal: what it reports, why it
// matters, how to fix it, its aliases and where its page is.
func ExplainText(r *rules.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s: %s\n", r.ID, r.Name, r.Title)
	fmt.Fprintf(&b, "Severity: %s\n", r.Severity)
	if len(r.Aliases) > 0 {
		fmt.Fprintf(&b, "Aliases: %s\n", strings.Join(r.Aliases, ", "))
	}
	if r.Description != "" {
		fmt.Fprintf(&b, "\n%s\n", r.Description)
	}
	if r.Fix != "" {
		fmt.Fprintf(&b, "\nFix: %s\n", r.Fix)
	}
	if r.HelpURI != "" {
		fmt.Fprintf(&b, "\nDocs: %s\n", r.HelpURI)
	}
	return b.String()
}

// ruleMarkdown is a rule's documentation page without the generated-file
// notice; SARIF's help.markdown shows it too.
func ruleMarkdown(r *rules.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s %s\n\n", r.ID, r.Name)
	if r.Title != "" {
		fmt.Fprintf(&b, "**%s**\n\n", markdownText(r.Title))
	}
	b.WriteString("| | |\n|---|---|\n")
	fmt.Fprintf(&b, "| Severity | %s |\n", r.Severity)
	if len(r.Aliases) > 0 {
		fmt.Fprintf(&b, "| Aliases | %s |\n", strings.Join(r.Aliases, ", "))
	}
	if r.Package != "" {
		fmt.Fprintf(&b, "| Policy | `%s` |\n", r.Package)
	}
	fmt.Fprintf(&b, "| Disable | `--disable %s` |\n", r.ID)
	if r.Description != "" {
		fmt.Fprintf(&b, "\n## Why it matters\n\n%s\n", markdownText(r.Description))
	}
	if r.Fix != "" {
		fmt.Fprintf(&b, "\n## How to fix\n\n%s\n", markdownText(r.Fix))
	}
	return b.String()
}

// RuleDocs renders docs/rules: a page per rule, named <ID>.md, and a
// README.md that lists them.
func RuleDocs(all []*rules.Rule) map[string][]byte {
	notice := "<!-- Generated from the rule's metadata by `" + DocsCommand + "`. Do not edit. -->\n\n"
	docs := map[string][]byte{}
	var index strings.Builder
	index.WriteString(notice + "# Rules\n\n| ID | name | severity | title |\n|---|---|---|---|\n")
	for _, r := range all {
		docs[r.ID+".md"] = []byte(notice + ruleMarkdown(r))
		fmt.Fprintf(&index, "| [%s](%s.md) | %s | %s | %s |\n", r.ID, r.ID, r.Name, r.Severity,
			strings.ReplaceAll(markdownText(r.Title), "|", `\|`))
	}
	docs["README.md"] = []byte(index.String())
	return docs
}

// markdownText escapes the characters that Markdown would read as emphasis,
// HTML or escapes in plain prose, leaving `code spans` as they are.
func markdownText(s string) string {
	var b strings.Builder
	inCode := false
	for _, r := range s {
		switch {
		case r == '`':
			inCode = !inCode
		case !inCode && strings.ContainsRune(`\*_<`, r):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
