package cli

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ferrolint/ferrolint/config"
	"github.com/ferrolint/ferrolint/rules"
)

// runPolicyTests runs the _test.rego unit tests of the given policy
// directories (and of the --policy ones), or of the built-in packs when
// none is given, like opa test: failures with their file and line, then a
// pass/fail count. Exit 1 when a test fails, 2 when none could run.
func runPolicyTests(opts *options, stdout, stderr io.Writer) int {
	paths := slices.Concat(opts.paths, opts.policies)
	var results []rules.TestResult
	var err error
	if len(paths) == 0 {
		results, err = rules.RunPolicyTests(context.Background())
	} else {
		var data map[string]any
		if data, err = config.ReadData(opts.data); err == nil {
			results, err = rules.RunUserPolicyTests(context.Background(), paths, rules.TestOptions{
				Data: data, Config: config.Default().Document(), AllowNetworkBuiltins: opts.allowNetwork, Timeout: opts.timeout,
			})
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "ferrolint: %v\n", err)
		return exitError
	}
	slices.SortFunc(results, func(a, b rules.TestResult) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Name, b.Name))
	})
	var ran, failed int
	for _, r := range results {
		ran++
		switch {
		case !r.Pass:
			failed++
			fmt.Fprintf(stdout, "FAIL %s:%d: %s\n", r.File, r.Line, r.Name)
			if r.Err != nil {
				fmt.Fprintf(stdout, "  %s\n", strings.ReplaceAll(r.Err.Error(), "\n", "\n  "))
			}
		case opts.verbose:
			fmt.Fprintf(stdout, "PASS %s:%d: %s\n", r.File, r.Line, r.Name)
		}
	}
	if ran == 0 {
		fmt.Fprintf(stderr, "ferrolint: no tests found in %s\n", strings.Join(paths, ", "))
		return exitError
	}
	fmt.Fprintf(stdout, "PASS: %d/%d\n", ran-failed, ran)
	if failed > 0 {
		fmt.Fprintf(stdout, "FAIL: %d/%d\n", failed, ran)
		return exitFindings
	}
	return exitOK
}
