package cli

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/ferrolint/ferrolint/fix"
	"github.com/ferrolint/ferrolint/report"
	"github.com/ferrolint/ferrolint/rules"
)

// fixer applies fixes (--fix, --fix-unsafe) or shows them (--diff) for the
// files the linter lints, and keeps what it did per target for the output.
type fixer struct {
	unsafe bool
	diff   bool

	mu   sync.Mutex
	done map[target]fixed
}

// fixed is what fixing one target produced.
type fixed struct {
	orig []byte
	res  *fix.Result
}

// newFixer returns nil when no fix flag is given.
func newFixer(opts *options) *fixer {
	if !opts.fix && !opts.fixUnsafe && !opts.diff {
		return nil
	}
	return &fixer{unsafe: opts.fixUnsafe, diff: opts.diff, done: map[target]fixed{}}
}

// fix runs the fixes on a linted target. Unless only a diff is wanted, it
// writes the fixed text back (not for standard input) and replaces the
// result's source and findings with the fixed text's, so the report shows
// what is left.
func (fx *fixer) fix(ctx context.Context, l *linter, t target, res *report.Result) {
	lint := func(src []byte) ([]rules.Finding, error) {
		file, err := l.parse(t, src)
		if err != nil {
			return nil, err
		}
		return l.engine.Lint(ctx, file)
	}
	out, err := fix.Run(res.Source, res.Findings, lint, fx.unsafe)
	if err != nil {
		res.Err = err
		return
	}
	if !fx.diff && !t.stdin && out.Changed(res.Source) {
		if err := fix.WriteFile(t.path, res.Source, out.Text); err != nil {
			res.Err = pathless(err)
			return
		}
	}
	fx.mu.Lock()
	fx.done[t] = fixed{orig: res.Source, res: out}
	fx.mu.Unlock()
	if !fx.diff {
		res.Source, res.Findings = out.Text, out.Findings
	}
}

// finish writes what fixing produced: with --diff the diffs on stdout and
// file errors on stderr (no report follows); with --fix the fixed text of
// standard input on stdout and a line per fixed file on stderr. It returns
// where the report goes: stderr when stdout carries fixed text.
func (fx *fixer) finish(targets []target, results []report.Result, stdout, stderr io.Writer) (reportTo io.Writer, diffOnly bool, err error) {
	reportTo = stdout
	if fx.diff {
		for _, r := range results {
			if r.Err != nil {
				fmt.Fprintf(stderr, "ferrolint: %s: %v\n", r.Path, r.Err)
			}
		}
	}
	for _, t := range targets {
		fx.mu.Lock()
		d, ok := fx.done[t]
		fx.mu.Unlock()
		if !ok {
			continue
		}
		switch {
		case fx.diff:
			_, err = io.WriteString(stdout, fix.Unified(t.path, d.orig, d.res.Text))
		case t.stdin:
			reportTo = stderr
			_, err = stdout.Write(d.res.Text)
		}
		if err != nil {
			return nil, false, err
		}
		if !fx.diff && len(d.res.Applied) > 0 {
			fmt.Fprintf(stderr, "ferrolint: %s: fixed %s\n", t.path, describeFixes(d.res.Applied))
		}
		for _, s := range d.res.Unapplied {
			fmt.Fprintf(stderr, "ferrolint: %s:%d: fix of %s not applied: %s\n", t.path, s.Finding.Range.Line, s.Finding.Rule.ID, s.Reason)
		}
	}
	return reportTo, fx.diff, nil
}

// describeFixes says how many findings were fixed and by which rules.
func describeFixes(applied []rules.Finding) string {
	var ids []string
	for _, f := range applied {
		ids = append(ids, f.Rule.ID)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	noun := "findings"
	if len(applied) == 1 {
		noun = "finding"
	}
	return fmt.Sprintf("%d %s (%s)", len(applied), noun, strings.Join(ids, ", "))
}
