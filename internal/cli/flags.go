package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ferrolint/ferrolint/report"
	"github.com/ferrolint/ferrolint/rules"
)

// options are the parsed command line flags and paths.
type options struct {
	format    string         // one of report.Formats, for standard output
	formatSet bool           // --format NAME was given: a second one is an error
	reports   []fileReport   // --format NAME=FILE
	output    string         // file for the --format report; stdout then gets text
	noFail    bool           // exit 0 even with findings
	threshold rules.Severity // findings at or above it fail the run; 0: none do
	color     string         // auto, always or never
	disable   []string
	enable    []string // rules that are off by default
	stdinName string
	maxSize   int64
	fix       bool // apply safe fixes in place
	fixUnsafe bool // also apply unsafe fixes; implies fix
	diff      bool // print the diff of the fixes instead of applying them
	version   bool
	context   string // build context directory; "" means each Dockerfile's folder
	paths     []string
	policyOptions
	registryOptions

	warnUnusedIgnores bool // report ignore comments that suppress nothing
}

const usageText = `Usage:
  ferrolint [check] [flags] PATH...
  ferrolint rules [--format text|json] [--disable ID,...] [--enable ID,...]
  ferrolint explain ID|NAME|ALIAS
  ferrolint input [flags] DOCKERFILE    print the input document policies see
  ferrolint test [flags] [DIR...]       run the _test.rego tests of policies
  ferrolint lsp [flags]                 language server for editors, on standard input and output
  ferrolint version

Lints Dockerfiles. A directory is searched recursively for Dockerfile,
Containerfile, Dockerfile.*, *.Dockerfile and *.dockerfile; - reads
standard input. Flags may come before or after paths.

Exit status: 0 when no finding reaches the failure threshold, 1 when one
does, 2 on usage, I/O or per-file errors.

Flags:
`

func newFlagSet(o *options) *flag.FlagSet {
	*o = options{format: "text", threshold: rules.Warning, color: "auto"}
	fs := flag.NewFlagSet("ferrolint", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // Main prints errors and usage itself
	fs.Func("format", "output `format[=file]`: "+strings.Join(report.Formats, ", ")+"; text is the default. Repeatable: "+
		"NAME=FILE writes that report to FILE, and at most one NAME goes to standard output (text if none does)", o.addFormat)
	fs.StringVar(&o.output, "output", "", "write the --format NAME report to `file` and the text report to standard output")
	fs.StringVar(&o.output, "o", "", "shorthand for --output")
	fs.BoolVar(&o.noFail, "no-fail", false, "exit 0 even when findings reach the failure threshold (errors still exit 2)")
	fs.Func("failure-threshold", "lowest `severity` that fails the run: error, warning (default), info, style or none", func(s string) error {
		if s == "none" {
			o.threshold = 0
			return nil
		}
		sev, ok := rules.ParseSeverity(s)
		if !ok {
			return errors.New("want error, warning, info, style or none")
		}
		o.threshold = sev
		return nil
	})
	fs.Func("color", "`when` to colour text output: auto (default), always or never; auto colours a terminal unless NO_COLOR is set", oneOf(&o.color, "auto", "always", "never"))
	fs.Func("disable", "disable rules by `ID`, name or alias; repeatable, comma-separated", func(s string) error {
		for id := range strings.SplitSeq(s, ",") {
			if id = strings.TrimSpace(id); id != "" {
				o.disable = append(o.disable, id)
			}
		}
		return nil
	})
	fs.Func("enable", "turn on rules that are off by default, by `ID`, name or alias; repeatable, comma-separated", func(s string) error {
		for id := range strings.SplitSeq(s, ",") {
			if id = strings.TrimSpace(id); id != "" {
				o.enable = append(o.enable, id)
			}
		}
		return nil
	})
	fs.StringVar(&o.stdinName, "stdin-filename", "<stdin>", "`name` to report for standard input (-)")
	fs.Int64Var(&o.maxSize, "max-file-size", 10<<20, "largest file to lint, in `bytes`")
	fs.BoolVar(&o.fix, "fix", false, "apply safe fixes in place, then report what is left; for - print the fixed text to standard output")
	fs.BoolVar(&o.fixUnsafe, "fix-unsafe", false, "like --fix, and also apply unsafe fixes (they restructure the build)")
	fs.BoolVar(&o.diff, "diff", false, "print a unified diff of what --fix (or --fix-unsafe) would change, and change nothing")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.StringVar(&o.context, "context", "", "build context `dir` whose Cargo.toml, Cargo.lock, rust-toolchain.toml, .cargo/config.toml and .dockerignore the Rust rules read (default: each Dockerfile's folder)")
	fs.BoolVar(&o.warnUnusedIgnores, "warn-unused-ignores", false, "report ignore comments that suppress nothing (FL001)")
	addPolicyFlags(fs, o)
	addRegistryFlags(fs, o)
	return fs
}

// oneOf makes a flag setter that accepts only the allowed values.
func oneOf(dst *string, allowed ...string) func(string) error {
	return func(s string) error {
		if !slices.Contains(allowed, s) {
			return fmt.Errorf("want one of %s", strings.Join(allowed, ", "))
		}
		*dst = s
		return nil
	}
}

// printUsage writes the help text with the flag list.
func printUsage(w io.Writer) {
	fs := newFlagSet(&options{})
	fs.SetOutput(w)
	fmt.Fprint(w, usageText)
	fs.PrintDefaults()
}

// parseOptions parses flags interspersed with paths: the flag package stops
// at the first non-flag argument, so parsing resumes after each path. After
// "--" everything is a path. It returns flag.ErrHelp for -h and --help.
func parseOptions(args []string) (*options, error) {
	o := &options{}
	fs := newFlagSet(o)
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			o.paths = append(o.paths, rest...)
			break
		}
		o.paths = append(o.paths, rest[0])
		args = rest[1:]
	}
	if o.maxSize <= 0 {
		return nil, fmt.Errorf("invalid --max-file-size %d: want a positive number of bytes", o.maxSize)
	}
	if err := o.checkOutputs(); err != nil {
		return nil, err
	}
	return o, nil
}
