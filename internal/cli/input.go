package cli

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/open-policy-agent/opa/v1/ast"
)

// printInput prints the input document policies see for one Dockerfile,
// as indented JSON with sorted keys. Syntax errors are reported on stderr;
// the document is printed anyway, as the rules would see it.
func printInput(opts *options, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(opts.paths) != 1 {
		return usageError(stderr, fmt.Errorf("input takes one Dockerfile (or - for standard input)"))
	}
	t := target{path: opts.paths[0]}
	if t.path == "-" {
		t = target{path: opts.stdinName, stdin: true}
	}
	l := &linter{stdin: stdin, maxSize: opts.maxSize}
	src, err := l.read(t)
	if err != nil {
		fmt.Fprintf(stderr, "ferrolint: %s: %v\n", t.path, err)
		return exitError
	}
	f, err := dockerfile.Parse(t.path, src)
	if err != nil {
		fmt.Fprintf(stderr, "ferrolint: %s: %v\n", t.path, err)
		return exitError
	}
	newPlatforms(opts, stderr).annotate(f)
	for _, e := range f.Errors {
		fmt.Fprintf(stderr, "ferrolint: %s:%d:%d: %s\n", t.path, e.Range.Line, e.Range.Column, e.Message)
	}
	doc, err := ast.JSON(f.Value())
	if err == nil {
		var out []byte
		if out, err = json.MarshalIndent(doc, "", "  "); err == nil {
			_, err = fmt.Fprintf(stdout, "%s\n", out)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "ferrolint: writing output: %v\n", err)
		return exitError
	}
	return exitOK
}
