package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/ferrolint/ferrolint/report"
	"github.com/ferrolint/ferrolint/rules"
)

// writeReports writes every requested report from the one set of results:
// each --format NAME=FILE (and -o FILE) to its file, then the standard
// output format, so CI keeps the files and shows the text in its log.
func writeReports(opts *options, results []report.Result, enabled []*rules.Rule, stdout, stderr io.Writer) error {
	run := report.Run{Results: results, Rules: enabled, Version: version()}
	if wd, err := os.Getwd(); err == nil {
		run.Root = wd
	}
	format, files := opts.outputs()
	for _, fr := range files {
		if err := writeFile(fr, run); err != nil {
			return err
		}
	}
	if !report.ShowsFileErrors(format) {
		// A reader of machine output may miss files it lists as failed,
		// or the format may not list them at all.
		for _, r := range results {
			if r.Err != nil {
				fmt.Fprintf(stderr, "ferrolint: %s: %v\n", r.Path, r.Err)
			}
		}
	}
	run.Color = useColor(opts.color, stdout)
	return writeTo(stdout, format, run, "output")
}

// writeFile writes one report file, never coloured.
func writeFile(fr fileReport, run report.Run) error {
	f, err := os.Create(fr.path)
	if err != nil {
		return fmt.Errorf("%s: %w", fr.flag, err)
	}
	run.Color = false
	err = writeTo(f, fr.format, run, fr.path)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("writing %s: %w", fr.path, cerr)
	}
	return err
}

// writeTo writes one report through a buffer; what names the destination
// in errors.
func writeTo(w io.Writer, format string, run report.Run, what string) error {
	out := bufio.NewWriter(w)
	err := report.Write(out, format, run)
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", what, err)
	}
	return nil
}
