package report

import (
	"fmt"
	"io"

	"github.com/ferrolint/ferrolint/rules"
)

// Run is one lint run as the output formats see it.
type Run struct {
	Results []Result
	Rules   []*rules.Rule // the enabled rules, for formats that list them (SARIF)
	Version string        // ferrolint's version
	// Root is the directory that paths are made relative to in the formats
	// that want repository-relative paths (sarif, github, gitlab); "" keeps
	// paths as given.
	Root  string
	Color bool // colour the text report
}

// Formats lists the names Write accepts, the default first.
var Formats = []string{"text", "json", "sarif", "github", "gitlab", "checkstyle", "junit", "gnu", "hadolint-json"}

var writers = map[string]func(io.Writer, Run) error{
	"text":          func(w io.Writer, run Run) error { return Text(w, run.Results, run.Color) },
	"json":          func(w io.Writer, run Run) error { return JSON(w, run.Results, run.Version) },
	"sarif":         SARIF,
	"github":        GitHub,
	"gitlab":        GitLab,
	"checkstyle":    Checkstyle,
	"junit":         JUnit,
	"gnu":           GNU,
	"hadolint-json": HadolintJSON,
}

// Write writes run in the named format.
func Write(w io.Writer, format string, run Run) error {
	write, ok := writers[format]
	if !ok {
		return fmt.Errorf("unknown format %q", format)
	}
	return write(w, run)
}

// ShowsFileErrors tells whether a format shows files that could not be
// linted to a human reading it; for the others the caller says so on stderr.
func ShowsFileErrors(format string) bool {
	return format == "text" || format == "github"
}

// sortedFindings returns every finding of the run in report order.
func sortedFindings(results []Result) []rules.Finding {
	var all []rules.Finding
	for _, r := range results {
		all = append(all, r.Findings...)
	}
	rules.SortFindings(all)
	return all
}
