// Package report writes lint results as text or JSON.
package report

import "github.com/ferrolint/ferrolint/rules"

// Result is the outcome of linting one file.
type Result struct {
	Path     string // as given on the command line
	Source   []byte // the file's text, for source excerpts
	Findings []rules.Finding
	Err      error // set when the file could not be linted
}
