package report

import (
	"errors"
	"strings"
	"testing"

	"github.com/fatih/color"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/rules"
)

var (
	rootRule = &rules.Rule{
		ID: "RS004", Name: "root-runtime-user", Severity: rules.Warning,
		Fix: "add a USER instruction", HelpURI: "https://example.com/RS004",
	}
	latestRule = &rules.Rule{
		ID: "RS001", Name: "pinned-base-image", Severity: rules.Warning,
		Aliases: []string{"DL3007"}, Fix: "pin the image to a version",
		Examples: rules.Examples{Bad: "FROM rust:latest\n", Good: "FROM rust:1.94-slim-trixie\n"},
		Sources:  []string{"https://hub.docker.com/_/rust"},
	}
	syntaxRule = &rules.Rule{ID: "FL000", Name: "syntax", Severity: rules.Error}
)

func span(line, col, endLine, endCol int) dockerfile.Range {
	return dockerfile.Range{Line: line, Column: col, EndLine: endLine, EndColumn: endCol}
}

func text(t *testing.T, results []Result, colored bool) string {
	t.Helper()
	var b strings.Builder
	if err := Text(&b, results, colored); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func checkText(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestTextRustcStyle(t *testing.T) {
	src := strings.Repeat("# comment\n", 13) + "FROM gcr.io/distroless/cc-debian12\nCMD [\"/app\"]\n"
	results := []Result{{
		Path:   "Dockerfile",
		Source: []byte(src),
		Findings: []rules.Finding{{
			Rule:     rootRule,
			Severity: rules.Warning,
			Message:  "final stage runs as root: gcr.io/distroless/cc-debian12 defaults to uid 0",
			File:     "Dockerfile",
			Range:    span(14, 1, 14, 35),
			Fix:      &rules.Fix{Description: "insert USER 65532:65532 before CMD", Safe: true},
		}},
	}}
	checkText(t, text(t, results, false), `warning[RS004]: final stage runs as root: gcr.io/distroless/cc-debian12 defaults to uid 0
  --> Dockerfile:14:1
   |
14 | FROM gcr.io/distroless/cc-debian12
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: insert USER 65532:65532 before CMD

1 problem (1 warning) in 1 file
`)
}

func TestTextHelpFallsBackToRuleHint(t *testing.T) {
	results := []Result{{
		Path:   "Dockerfile",
		Source: []byte("FROM rust:latest\r\n"),
		Findings: []rules.Finding{
			{Rule: latestRule, Severity: rules.Warning, Message: "rust:latest is not pinned", File: "Dockerfile", Range: span(1, 6, 1, 17)},
			{Rule: syntaxRule, Severity: rules.Error, Message: "no help here", File: "Dockerfile", Range: span(1, 1, 1, 5)},
		},
	}}
	checkText(t, text(t, results, false), `warning[RS001]: rust:latest is not pinned
 --> Dockerfile:1:6
  |
1 | FROM rust:latest
  |      ^^^^^^^^^^^
  = help: pin the image to a version

error[FL000]: no help here
 --> Dockerfile:1:1
  |
1 | FROM rust:latest
  | ^^^^

2 problems (1 error, 1 warning) in 1 file
`)
}

func TestTextTabsKeepCaretsAligned(t *testing.T) {
	results := []Result{{
		Path:   "Dockerfile",
		Source: []byte("FROM rust:1.80\n\tRUN\tcargo build\n"),
		Findings: []rules.Finding{
			{Rule: syntaxRule, Severity: rules.Error, Message: "m", File: "Dockerfile", Range: span(2, 6, 2, 11)},
			{Rule: syntaxRule, Severity: rules.Error, Message: "m", File: "Dockerfile", Range: span(2, 1, 2, 2)},
		},
	}}
	checkText(t, text(t, results, false), `error[FL000]: m
 --> Dockerfile:2:6
  |
2 |     RUN    cargo build
  |            ^^^^^

error[FL000]: m
 --> Dockerfile:2:1
  |
2 |     RUN    cargo build
  | ^^^^

2 problems (2 errors) in 1 file
`)
}

func TestTextMultiLineRange(t *testing.T) {
	results := []Result{{
		Path:   "Dockerfile",
		Source: []byte("FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl\n"),
		Findings: []rules.Finding{
			{Rule: syntaxRule, Severity: rules.Error, Message: "m", File: "Dockerfile", Range: span(2, 5, 3, 28)},
		},
	}}
	checkText(t, text(t, results, false), `error[FL000]: m
 --> Dockerfile:2:5
  |
2 | RUN apt-get update && \
  |     ^^^^^^^^^^^^^^^^^^^ ...

1 problem (1 error) in 1 file
`)
}

func TestTextNonASCIIColumns(t *testing.T) {
	// Columns count characters; 日本 takes two terminal cells each.
	results := []Result{{
		Path:   "Dockerfile",
		Source: []byte(`LABEL maintainer="Jöhn 日本" version=1` + "\n"),
		Findings: []rules.Finding{
			{Rule: syntaxRule, Severity: rules.Error, Message: "m", File: "Dockerfile", Range: span(1, 28, 1, 37)},
			{Rule: syntaxRule, Severity: rules.Error, Message: "m", File: "Dockerfile", Range: span(1, 24, 1, 26)},
		},
	}}
	checkText(t, text(t, results, false), `error[FL000]: m
 --> Dockerfile:1:28
  |
1 | LABEL maintainer="Jöhn 日本" version=1
  |                              ^^^^^^^^^

error[FL000]: m
 --> Dockerfile:1:24
  |
1 | LABEL maintainer="Jöhn 日本" version=1
  |                        ^^^^

2 problems (2 errors) in 1 file
`)
}

func TestTextDegenerateRanges(t *testing.T) {
	results := []Result{{
		Path:   "Dockerfile",
		Source: []byte("FROM rust\n"),
		Findings: []rules.Finding{
			{Rule: syntaxRule, Severity: rules.Error, Message: "empty range", File: "Dockerfile", Range: span(1, 10, 1, 10)},
			{Rule: syntaxRule, Severity: rules.Error, Message: "no end", File: "Dockerfile", Range: span(1, 6, 0, 0)},
			{Rule: syntaxRule, Severity: rules.Error, Message: "beyond the file", File: "Dockerfile", Range: span(40, 1, 40, 2)},
			{Rule: syntaxRule, Severity: rules.Error, Message: "whole file", File: "Dockerfile"},
		},
	}}
	checkText(t, text(t, results, false), `error[FL000]: empty range
 --> Dockerfile:1:10
  |
1 | FROM rust
  |          ^

error[FL000]: no end
 --> Dockerfile:1:6
  |
1 | FROM rust
  |      ^

error[FL000]: beyond the file
  --> Dockerfile:40:1

error[FL000]: whole file
 --> Dockerfile

4 problems (4 errors) in 1 file
`)
}

func TestTextColor(t *testing.T) {
	results := []Result{{
		Path:   "Dockerfile",
		Source: []byte("FROM rust:latest\n"),
		Findings: []rules.Finding{
			{Rule: latestRule, Severity: rules.Warning, Message: "not pinned", File: "Dockerfile", Range: span(1, 6, 1, 17)},
		},
	}}
	// fatih/color closes bold colours with 0;22 and plain bold with 22.
	const (
		yellow = "\x1b[33;1m"
		blue   = "\x1b[34;1m"
		reset  = "\x1b[0;22m"
		bold   = "\x1b[1m"
		unbold = "\x1b[22m"
	)
	checkText(t, text(t, results, true),
		yellow+"warning[RS001]"+reset+bold+": not pinned"+unbold+"\n"+
			" "+blue+"-->"+reset+" Dockerfile:1:6\n"+
			" "+blue+" |"+reset+"\n"+
			blue+"1 |"+reset+" FROM rust:latest\n"+
			" "+blue+" |"+reset+"      "+yellow+"^^^^^^^^^^^"+reset+"\n"+
			" "+blue+" ="+reset+bold+" help"+unbold+": pin the image to a version\n"+
			"\n"+
			bold+"1 problem (1 warning) in 1 file"+unbold+"\n")

	if got := text(t, results, false); strings.Contains(got, "\x1b") {
		t.Errorf("colour disabled but output has escapes:\n%q", got)
	}
}

func TestTextColorIgnoresGlobalSetting(t *testing.T) {
	results := []Result{{Path: "Dockerfile", Err: errors.New("boom")}}
	defer func(saved bool) { color.NoColor = saved }(color.NoColor)
	for _, global := range []bool{true, false} {
		color.NoColor = global
		if got := text(t, results, true); !strings.Contains(got, "\x1b[") {
			t.Errorf("NoColor=%v: colour requested but none in %q", global, got)
		}
		if got := text(t, results, false); strings.Contains(got, "\x1b[") {
			t.Errorf("NoColor=%v: colour disabled but output is %q", global, got)
		}
	}
}

func TestTextFileErrorsAndSummary(t *testing.T) {
	results := []Result{
		{Path: "a/Dockerfile", Source: []byte("FROM rust:1.80\n")},
		{Path: "big.Dockerfile", Err: errors.New("larger than the 10-byte limit")},
		{Path: "c/Dockerfile", Source: []byte("FROM rust:1.80\n")},
	}
	checkText(t, text(t, results, false), `error: big.Dockerfile: larger than the 10-byte limit

no problems in 2 files; 1 file could not be linted
`)
	checkText(t, text(t, results[:1], false), "no problems in 1 file\n")
	checkText(t, text(t, nil, false), "no problems in 0 files\n")
}

func TestTallyString(t *testing.T) {
	var tl tally
	tl.files = 3
	for _, s := range []rules.Severity{rules.Style, rules.Info, rules.Info, rules.Error, rules.Warning, rules.Warning} {
		tl.add(s)
	}
	if got, want := tl.String(), "6 problems (1 error, 2 warnings, 2 info, 1 style) in 3 files"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
