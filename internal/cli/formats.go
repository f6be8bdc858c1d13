package cli

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ferrolint/ferrolint/report"
)

// fileReport is a report written to a file: --format NAME=FILE, or the
// --format report with -o FILE.
type fileReport struct {
	format string
	path   string
	flag   string // how it was asked for, for errors
}

// addFormat reads one --format value, NAME or NAME=FILE. At most one NAME
// goes to standard output.
func (o *options) addFormat(s string) error {
	name, path, toFile := strings.Cut(s, "=")
	if !slices.Contains(report.Formats, name) {
		return fmt.Errorf("want one of %s", strings.Join(report.Formats, ", "))
	}
	if toFile {
		if path == "" {
			return fmt.Errorf("%s= names no file; want %s=FILE", name, name)
		}
		o.reports = append(o.reports, fileReport{format: name, path: path, flag: "--format " + s})
		return nil
	}
	if o.formatSet {
		return fmt.Errorf("%s and %s both go to standard output; write all but one to a file with --format NAME=FILE", o.format, name)
	}
	o.format, o.formatSet = name, true
	return nil
}

// outputs says what goes where: the format of standard output and the
// reports written to files. With -o the --format report goes to that file
// and standard output gets the text report, as CI wants both.
func (o *options) outputs() (stdout string, files []fileReport) {
	if o.output == "" {
		return o.format, o.reports
	}
	return "text", append([]fileReport{{format: o.format, path: o.output, flag: "--output"}}, o.reports...)
}

// checkOutputs rejects two reports written to one file: the second would
// silently replace the first.
func (o *options) checkOutputs() error {
	_, files := o.outputs()
	seen := map[string]fileReport{}
	for _, f := range files {
		key := filepath.Clean(f.path)
		if abs, err := filepath.Abs(key); err == nil {
			key = abs
		}
		if prev, ok := seen[key]; ok {
			return fmt.Errorf("%s and %s reports both go to %s; give each report its own file", prev.format, f.format, f.path)
		}
		seen[key] = f
	}
	return nil
}
