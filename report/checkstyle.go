package report

import (
	"encoding/xml"
	"io"

	"github.com/ferrolint/ferrolint/rules"
)

// Checkstyle writes Checkstyle XML, which Jenkins Warnings NG, reviewdog and
// flycheck read: a <file> per file with findings, an <error> per finding.
// Files that could not be linted are not listed; the caller reports them.
func Checkstyle(w io.Writer, run Run) error {
	doc := checkstyleDoc{Version: "4.3"}
	for _, r := range run.Results {
		if len(r.Findings) == 0 {
			continue
		}
		file := checkstyleFile{Name: r.Path}
		for _, f := range sortedFindings([]Result{r}) {
			rg := lineAnchored(f.Range)
			file.Errors = append(file.Errors, checkstyleError{
				Line:     rg.Line,
				Column:   rg.Column,
				Severity: checkstyleSeverity(f.Severity),
				Message:  f.Message,
				Source:   f.Rule.ID,
			})
		}
		doc.Files = append(doc.Files, file)
	}
	return writeXML(w, doc)
}

// checkstyleSeverity maps severities onto Checkstyle's error, warning and
// info; style is info.
func checkstyleSeverity(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "info"
}

// writeXML writes an indented document with its declaration. encoding/xml
// escapes markup characters and replaces those XML cannot hold.
func writeXML(w io.Writer, doc any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

type checkstyleDoc struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}
