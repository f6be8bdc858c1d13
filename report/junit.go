package report

import (
	"fmt"
	"io"
	"strings"
)

// JUnit writes JUnit XML for Jenkins and GitLab's test reports: a
// <testsuite> per file and a failing <testcase> per finding. A clean file
// has one passing test case, because CI treats a report without test cases
// as a failure; a file that could not be linted has one with an <error>.
func JUnit(w io.Writer, run Run) error {
	doc := junitSuites{Name: "ferrolint"}
	p := newPalette(false)
	for _, r := range run.Results {
		suite := junitSuite{Name: r.Path}
		switch {
		case r.Err != nil:
			suite.Errors = 1
			suite.Cases = []junitCase{{
				Name: "ferrolint", ClassName: r.Path, File: r.Path,
				Error: &junitProblem{Message: r.Err.Error(), Type: "error"},
			}}
		case len(r.Findings) == 0:
			suite.Cases = []junitCase{{Name: "ferrolint", ClassName: r.Path, File: r.Path}}
		}
		lines := splitLines(r.Source)
		for _, f := range sortedFindings([]Result{r}) {
			rg := lineAnchored(f.Range)
			suite.Failures++
			suite.Cases = append(suite.Cases, junitCase{
				Name:      fmt.Sprintf("%s %s (%d:%d)", f.Rule.ID, f.Rule.Name, rg.Line, rg.Column),
				ClassName: r.Path,
				File:      f.File,
				Line:      rg.Line,
				Failure: &junitProblem{
					Message: fmt.Sprintf("%s:%d:%d: %s", f.File, rg.Line, rg.Column, f.Message),
					Type:    f.Severity.String(),
					Text:    strings.TrimSuffix(p.diagnostic(f, lines), "\n"),
				},
			})
		}
		suite.Tests = len(suite.Cases)
		doc.Tests += suite.Tests
		doc.Failures += suite.Failures
		doc.Errors += suite.Errors
		doc.Suites = append(doc.Suites, suite)
	}
	return writeXML(w, doc)
}

type junitSuites struct {
	XMLName  struct{}     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitProblem `xml:"failure"`
	Error     *junitProblem `xml:"error"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}
