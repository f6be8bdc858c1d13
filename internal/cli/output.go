package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/ferrolint/ferrolint/report"
	"github.com/ferrolint/ferrolint/rules"
)

// writeReports writes the --format report to standard output or, with
// --output, to that file while the text report goes to standard output:
// CI keeps the file and shows the text in its log.
func writeReports(opts *options, results []report.Result, enabled []*rules.Rule, stdout, stderr io.Writer) error {
	run := report.Run{Results: results, Rules: enabled, Version: version()}
	if wd, err := os.Getwd(); err == nil {
		run.Root = wd
	}
	if opts.output == "" {
		run.Color = useColor(opts.color, stdout)
		if !report.ShowsFileErrors(opts.format) {
			// A reader of machine output may miss files it lists as failed,
			// or the format may not list them at all.
			for _, r := range results {
				if r.Err != nil {
					fmt.Fprintf(stderr, "ferrolint: %s: %v\n", r.Path, r.Err)
				}
			}
		}
		return writeTo(stdout, opts.format, run, "output")
	}

	f, err := os.Create(opts.output)
	if err != nil {
		return fmt.Errorf("--output: %w", err)
	}
	fileRun := run
	fileRun.Color = false // a file is never a terminal
	err = writeTo(f, opts.format, fileRun, opts.output)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("writing %s: %w", opts.output, cerr)
	}
	if err != nil {
		return err
	}
	run.Color = useColor(opts.color, stdout)
	return writeTo(stdout, "text", run, "output")
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
