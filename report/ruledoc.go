package report

import (
	"fmt"
	"path"
	"strings"

	"github.com/ferrolint/ferrolint/rules"
)

//go:generate go test -run TestRuleDocsUpToDate -update .

// DocsCommand regenerates docs/rules; generated pages name it.
const DocsCommand = "go generate ./report"

// ExplainText describes a rule for a terminal: what it reports, why it
// matters, a bad and a good example, how to fix it, its aliases, sources
// and where its page is.
func ExplainText(r *rules.Rule) string {
	var b strings.Builder
	writeSummary(&b, r)
	if r.Examples.Bad != "" {
		fmt.Fprintf(&b, "\nBad:\n%s", indent(r.Examples.Bad, "    "))
	}
	if r.Examples.Good != "" {
		fmt.Fprintf(&b, "\nGood:\n%s", indent(r.Examples.Good, "    "))
	}
	if names := r.Examples.ContextFiles(); len(names) > 0 {
		b.WriteString("\nBuild context of the examples:\n")
		for _, name := range names {
			fmt.Fprintf(&b, "  %s:\n%s", name, indent(r.Examples.Context[name], "    "))
		}
	}
	if r.Examples.Config != "" {
		fmt.Fprintf(&b, "\nConfiguration of the examples (.ferrolint.yaml):\n%s", indent(r.Examples.Config, "    "))
	}
	if images := r.Examples.Images(); len(images) > 0 {
		b.WriteString("\nPlatforms the registry gives for the examples' images (linted with --registry --platform linux/amd64):\n")
		for _, image := range images {
			fmt.Fprintf(&b, "  %s: %s\n", image, strings.Join(r.Examples.Registry[image], ", "))
		}
	}
	if r.Fix != "" {
		fmt.Fprintf(&b, "\nFix: %s\n", r.Fix)
	}
	if len(r.Sources) > 0 {
		fmt.Fprintf(&b, "\nSources:\n%s", indent(strings.Join(r.Sources, "\n"), "  "))
	}
	if r.HelpURI != "" {
		fmt.Fprintf(&b, "\nDocs: %s\n", r.HelpURI)
	}
	return b.String()
}

// sarifHelpText is ExplainText without examples and sources, short enough for
// SARIF's plain-text help, which viewers show next to each result.
func sarifHelpText(r *rules.Rule) string {
	var b strings.Builder
	writeSummary(&b, r)
	if r.Fix != "" {
		fmt.Fprintf(&b, "\nFix: %s\n", r.Fix)
	}
	if r.HelpURI != "" {
		fmt.Fprintf(&b, "\nDocs: %s\n", r.HelpURI)
	}
	return b.String()
}

// writeSummary writes a rule's heading, severity, aliases and description.
func writeSummary(b *strings.Builder, r *rules.Rule) {
	fmt.Fprintf(b, "%s %s: %s\n", r.ID, r.Name, r.Title)
	fmt.Fprintf(b, "Severity: %s\n", r.Severity)
	if r.DefaultOff {
		fmt.Fprintf(b, "Off by default: --enable %s turns it on\n", r.ID)
	}
	if len(r.Aliases) > 0 {
		fmt.Fprintf(b, "Aliases: %s\n", strings.Join(r.Aliases, ", "))
	}
	if r.Description != "" {
		fmt.Fprintf(b, "\n%s\n", r.Description)
	}
}

// indent prefixes every non-empty line of text and ends it with a newline.
func indent(text, prefix string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(strings.TrimRight(text, "\n"), "\n") {
		if line != "" {
			b.WriteString(prefix + line)
		}
		b.WriteByte('\n')
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
	if r.DefaultOff {
		fmt.Fprintf(&b, "| Enable | off by default: `--enable %s` |\n", r.ID)
	} else {
		fmt.Fprintf(&b, "| Disable | `--disable %s` |\n", r.ID)
	}
	if r.Description != "" {
		fmt.Fprintf(&b, "\n## Why it matters\n\n%s\n", markdownText(r.Description))
	}
	writeExamplesMarkdown(&b, r.Examples)
	if r.Fix != "" {
		fmt.Fprintf(&b, "\n## How to fix\n\n%s\n", markdownText(r.Fix))
	}
	if len(r.Sources) > 0 {
		b.WriteString("\n## Sources\n\n")
		for _, s := range r.Sources {
			fmt.Fprintf(&b, "- <%s>\n", s)
		}
	}
	return b.String()
}

// writeExamplesMarkdown writes the Example section: the bad and the good
// Dockerfile, then the build-context files they need.
func writeExamplesMarkdown(b *strings.Builder, x rules.Examples) {
	if x.Bad == "" && x.Good == "" {
		return
	}
	b.WriteString("\n## Example\n")
	if x.Bad != "" {
		fmt.Fprintf(b, "\nBad:\n\n%s", fenced(x.Bad, "dockerfile"))
	}
	if x.Good != "" {
		fmt.Fprintf(b, "\nGood:\n\n%s", fenced(x.Good, "dockerfile"))
	}
	if names := x.ContextFiles(); len(names) > 0 {
		b.WriteString("\nBoth with these files in the build context:\n")
		for _, name := range names {
			lang := ""
			if path.Ext(name) == ".toml" {
				lang = "toml"
			}
			fmt.Fprintf(b, "\n`%s`:\n\n%s", name, fenced(x.Context[name], lang))
		}
	}
	if x.Config != "" {
		fmt.Fprintf(b, "\nBoth linted with this `.ferrolint.yaml`:\n\n%s", fenced(x.Config, "yaml"))
	}
	if images := x.Images(); len(images) > 0 {
		b.WriteString("\nBoth linted with `--registry --platform linux/amd64`, where the registry gives these platforms:\n\n")
		for _, image := range images {
			fmt.Fprintf(b, "- `%s`: %s\n", image, strings.Join(x.Registry[image], ", "))
		}
	}
}

// fenced puts text in a fenced code block whose fence is longer than any
// run of backticks in it.
func fenced(text, lang string) string {
	longest, run := 0, 0
	for _, r := range text {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", max(3, longest+1))
	body := strings.TrimRight(text, "\n")
	if body != "" {
		body += "\n"
	}
	return fence + lang + "\n" + body + fence + "\n"
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
		title := strings.ReplaceAll(markdownText(r.Title), "|", `\|`)
		if r.DefaultOff {
			title += " (off by default)"
		}
		fmt.Fprintf(&index, "| [%s](%s.md) | %s | %s | %s |\n", r.ID, r.ID, r.Name, r.Severity, title)
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
