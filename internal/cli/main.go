// Package cli implements the ferrolint command.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/ferrolint/ferrolint/report"
	"github.com/ferrolint/ferrolint/rules"
)

// Exit codes.
const (
	exitOK       = 0 // no finding at or above the failure threshold
	exitFindings = 1 // a finding at or above the failure threshold
	exitError    = 2 // usage, I/O, per-file or engine error; wins over exitFindings
)

// Main runs ferrolint with the arguments after the program name and returns
// the exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := "check"
	if len(args) > 0 && (args[0] == "check" || args[0] == "rules" || args[0] == "explain" || args[0] == "version" || args[0] == "input" || args[0] == "test" || args[0] == "lsp") {
		cmd, args = args[0], args[1:]
	}
	if cmd == "lsp" {
		args = lspArgs(args)
	}
	opts, err := parseOptions(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		printUsage(stdout)
		return exitOK
	case err != nil:
		return usageError(stderr, err)
	case cmd == "input":
		return printInput(opts, stdin, stdout, stderr)
	case cmd == "test":
		return runPolicyTests(opts, stdout, stderr)
	case cmd == "explain" && len(opts.paths) != 1:
		return usageError(stderr, errors.New("explain takes one rule ID, name or alias"))
	case cmd == "explain":
		return explain(opts, opts.paths[0], stdout, stderr)
	case cmd != "check" && len(opts.paths) > 0:
		return usageError(stderr, fmt.Errorf("%s takes no paths", cmd))
	case cmd == "rules" && (opts.output != "" || len(opts.reports) > 0):
		return usageError(stderr, errors.New("rules prints to standard output; --format NAME=FILE and -o are for lint reports"))
	case opts.version || cmd == "version":
		fmt.Fprintf(stdout, "ferrolint %s\n", version())
		return exitOK
	case cmd == "lsp":
		return serveLSP(opts, stdin, stdout, stderr)
	case cmd == "check" && len(opts.paths) == 0:
		return usageError(stderr, errors.New("no paths given"))
	}

	base := rules.Options{Disable: opts.disable, Enable: opts.enable}
	if cmd == "check" {
		base.WarnUnusedIgnores, base.Shellcheck = opts.warnUnusedIgnores, true
		base.Shellchecker = rules.NewShellchecker()
		sayShellcheckSkipped(opts, stderr)
		return check(opts, base, stdin, stdout, stderr)
	}
	engine, err := commandEngine(opts, base, stderr) // for rules
	if err != nil {
		fmt.Fprintf(stderr, "ferrolint: %v\n", err)
		return exitError
	}
	if err := listRules(stdout, engine, opts.format); err != nil {
		fmt.Fprintf(stderr, "ferrolint: %v\n", err)
		return exitError
	}
	return exitOK
}

// check lints the paths, prints the report and decides the exit code.
func check(opts *options, base rules.Options, stdin io.Reader, stdout, stderr io.Writer) int {
	targets, pathsOK := discover(opts.paths, opts.stdinName, stderr)
	discovered := pathsOK && len(targets) > 0
	p, err := newPlan(opts, base, targets, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "ferrolint: %v\n", err)
		return exitError
	}
	targets = p.targets
	l := &linter{stdin: stdin, maxSize: opts.maxSize, fixer: newFixer(opts), contexts: newContexts(opts.context), platforms: newPlatforms(opts, stderr), sc: base.Shellchecker}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Files are read and parsed, and shellcheck set to work on them, while
	// the policies compile.
	loading := make(chan []loaded, 1)
	go func() { loading <- l.loadAll(ctx, targets) }()
	err = p.build()
	lds := <-loading
	if err != nil {
		fmt.Fprintf(stderr, "ferrolint: %v\n", err)
		return exitError
	}
	results := p.lintAll(ctx, l, lds)

	if l.fixer != nil {
		reportTo, diffOnly, err := l.fixer.finish(targets, results, stdout, stderr)
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "ferrolint: writing output: %v\n", err)
			return exitError
		case diffOnly:
			return p.exitCode(results, discovered)
		}
		stdout = reportTo
	}

	if err := writeReports(opts, results, p.rules(), stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "ferrolint: %v\n", err)
		return exitError
	}

	code := p.exitCode(results, discovered)
	if opts.noFail && code == exitFindings {
		return exitOK
	}
	return code
}

// exitCode gives errors precedence over findings.
func exitCode(results []report.Result, threshold rules.Severity, discovered bool) int {
	failed, found := !discovered, false
	for _, r := range results {
		failed = failed || r.Err != nil
		for _, f := range r.Findings {
			found = found || (threshold != 0 && f.Severity >= threshold)
		}
	}
	switch {
	case failed:
		return exitError
	case found:
		return exitFindings
	}
	return exitOK
}

func usageError(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "ferrolint: %v\nRun 'ferrolint --help' for usage.\n", err)
	return exitError
}
