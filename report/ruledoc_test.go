package report

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/rules"
)

// docsDir is docs/rules from this package's directory.
var docsDir = filepath.Join("..", "docs", "rules")

// TestRuleDocsUpToDate regenerates docs/rules in memory from the rules that
// exist now and fails when a checked-in page differs, is missing or belongs
// to no rule. With -update it rewrites the directory instead.
func TestRuleDocsUpToDate(t *testing.T) {
	engine, err := rules.New(rules.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := RuleDocs(engine.All()) // rules that are off by default too
	if *update {
		writeDocs(t, want)
	}
	entries, err := os.ReadDir(docsDir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var stale []string
	for _, e := range entries {
		if _, ok := want[e.Name()]; !ok {
			stale = append(stale, e.Name()+" belongs to no rule")
		}
	}
	for name, doc := range want {
		got, err := os.ReadFile(filepath.Join(docsDir, name))
		switch {
		case os.IsNotExist(err):
			stale = append(stale, name+" is missing")
		case err != nil:
			t.Fatal(err)
		case !bytes.Equal(got, doc):
			stale = append(stale, name+" is out of date")
		}
	}
	if len(stale) > 0 {
		slices.Sort(stale)
		t.Errorf("docs/rules is stale; run %q:\n  %s", DocsCommand, strings.Join(stale, "\n  "))
	}
}

// writeDocs replaces the contents of docs/rules, which is generated.
func writeDocs(t *testing.T, docs map[string][]byte) {
	t.Helper()
	if err := os.RemoveAll(docsDir); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(docsDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, doc := range docs {
		if err := os.WriteFile(filepath.Join(docsDir, name), doc, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRuleMarkdown(t *testing.T) {
	r := &rules.Rule{
		ID: "RS004", Name: "root-runtime-user", Title: "Final stage runs as root", Severity: rules.Warning,
		Description: "Runs as *root* (uid 0).\nUse `USER 65532:65532`.", Aliases: []string{"DL3002"},
		Fix: "Insert USER 65532:65532.", Package: "ferrolint.rust.root_runtime_user",
		HelpURI: "https://example.com/RS004.md",
		Examples: rules.Examples{
			Bad:      "FROM gcr.io/distroless/cc-debian13\n\nCOPY app /app\n",
			Good:     "FROM gcr.io/distroless/cc-debian13\nUSER 65532:65532\n# ```\nCOPY app /app\n",
			Context:  map[string]string{"Cargo.toml": "[package]\nname = \"app\"\n", ".dockerignore": "target/\n"},
			Config:   "rust:\n  kubernetes: true\n",
			Registry: map[string][]string{"rust:1.94": {"linux/amd64", "linux/arm64/v8"}, "alpine:3.20": {"linux/amd64"}},
		},
		Sources: []string{"https://example.com/a", "https://example.com/b"},
	}
	checkText(t, ruleMarkdown(r), "# RS004 root-runtime-user\n\n"+
		"**Final stage runs as root**\n\n"+
		"| | |\n|---|---|\n"+
		"| Severity | warning |\n"+
		"| Aliases | DL3002 |\n"+
		"| Policy | `ferrolint.rust.root_runtime_user` |\n"+
		"| Disable | `--disable RS004` |\n\n"+
		"## Why it matters\n\nRuns as \\*root\\* (uid 0).\nUse `USER 65532:65532`.\n\n"+
		"## Example\n\n"+
		"Bad:\n\n```dockerfile\nFROM gcr.io/distroless/cc-debian13\n\nCOPY app /app\n```\n\n"+
		"Good:\n\n````dockerfile\nFROM gcr.io/distroless/cc-debian13\nUSER 65532:65532\n# ```\nCOPY app /app\n````\n\n"+
		"Both with these files in the build context:\n\n"+
		"`.dockerignore`:\n\n```\ntarget/\n```\n\n"+
		"`Cargo.toml`:\n\n```toml\n[package]\nname = \"app\"\n```\n\n"+
		"Both linted with this `.ferrolint.yaml`:\n\n```yaml\nrust:\n  kubernetes: true\n```\n\n"+
		"Both linted with `--registry --platform linux/amd64`, where the registry gives these platforms:\n\n"+
		"- `alpine:3.20`: linux/amd64\n- `rust:1.94`: linux/amd64, linux/arm64/v8\n\n"+
		"## How to fix\n\nInsert USER 65532:65532.\n\n"+
		"## Sources\n\n- <https://example.com/a>\n- <https://example.com/b>\n")
	checkText(t, ExplainText(r), `RS004 root-runtime-user: Final stage runs as root
Severity: warning
Aliases: DL3002

Runs as *root* (uid 0).
Use `+"`USER 65532:65532`"+`.

Bad:
    FROM gcr.io/distroless/cc-debian13

    COPY app /app

Good:
    FROM gcr.io/distroless/cc-debian13
    USER 65532:65532
    # `+"```"+`
    COPY app /app

Build context of the examples:
  .dockerignore:
    target/
  Cargo.toml:
    [package]
    name = "app"

Configuration of the examples (.ferrolint.yaml):
    rust:
      kubernetes: true

Platforms the registry gives for the examples' images (linted with --registry --platform linux/amd64):
  alpine:3.20: linux/amd64
  rust:1.94: linux/amd64, linux/arm64/v8

Fix: Insert USER 65532:65532.

Sources:
  https://example.com/a
  https://example.com/b

Docs: https://example.com/RS004.md
`)
	// SARIF viewers show help.text next to each result: it stays short.
	checkText(t, sarifHelpText(r), `RS004 root-runtime-user: Final stage runs as root
Severity: warning
Aliases: DL3002

Runs as *root* (uid 0).
Use `+"`USER 65532:65532`"+`.

Fix: Insert USER 65532:65532.

Docs: https://example.com/RS004.md
`)
	off := &rules.Rule{ID: "DF056", Name: "missing-healthcheck", Title: "No HEALTHCHECK", Severity: rules.Info, DefaultOff: true}
	checkText(t, ruleMarkdown(off), "# DF056 missing-healthcheck\n\n**No HEALTHCHECK**\n\n"+
		"| | |\n|---|---|\n| Severity | info |\n| Enable | off by default: `--enable DF056` |\n")
	checkText(t, ExplainText(off), "DF056 missing-healthcheck: No HEALTHCHECK\nSeverity: info\nOff by default: --enable DF056 turns it on\n")
	docs := RuleDocs([]*rules.Rule{r, syntaxRule, off})
	checkText(t, string(docs["README.md"]), "<!-- Generated from the rule's metadata by `go generate ./report`. Do not edit. -->\n\n"+
		"# Rules\n\n| ID | name | severity | title |\n|---|---|---|---|\n"+
		"| [RS004](RS004.md) | root-runtime-user | warning | Final stage runs as root |\n"+
		"| [FL000](FL000.md) | syntax | error |  |\n"+
		"| [DF056](DF056.md) | missing-healthcheck | info | No HEALTHCHECK (off by default) |\n")
	if !strings.HasSuffix(string(docs["RS004.md"]), ruleMarkdown(r)) {
		t.Error("the page is not the rule's markdown")
	}
}
