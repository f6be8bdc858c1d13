package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/ferrolint/ferrolint/internal/sarifschema"
)

// exitInvalidSARIF is the exit code of a test run of ferrolint that wrote
// SARIF the schema rejects; no real exit code has it.
const exitInvalidSARIF = 99

// mainCheckingSARIF runs Main for the scripts and validates the SARIF it
// writes (--format sarif, to standard output or the -o file) against the
// schema, so that every SARIF document a script produces is checked.
func mainCheckingSARIF(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var out bytes.Buffer
	code := Main(args, stdin, io.MultiWriter(stdout, &out), stderr)
	opts, err := parseOptions(args)
	if err != nil || opts.format != "sarif" {
		return code
	}
	doc := out.Bytes()
	if opts.output != "" {
		if doc, err = os.ReadFile(opts.output); err != nil {
			return code // the run failed to write it; the script sees that
		}
	}
	if !bytes.HasPrefix(doc, []byte("{")) {
		return code // no report: a usage error, or rules or --diff output
	}
	if err := checkSARIF(doc); err != nil {
		fmt.Fprintf(stderr, "ferrolint (test harness): %v\n", err)
		return exitInvalidSARIF
	}
	return code
}

// schemaEnv passes the schema's path from the test to the scripts'
// ferrolint, which runs in a work directory outside the module; "" means
// the test found none.
const schemaEnv = "FERROLINT_TEST_SARIF_SCHEMA"

// setupSARIFCheck gives the scripts' ferrolint the schema's path and CI,
// which testscript does not pass on.
func setupSARIFCheck(env *testscript.Env) error {
	path, err := sarifschema.Find()
	if err != nil {
		path = ""
	}
	env.Setenv(schemaEnv, path)
	env.Setenv("CI", os.Getenv("CI"))
	return nil
}

// checkSARIF validates one SARIF document against the schema named by
// schemaEnv; without one it checks nothing, unless CI=true.
func checkSARIF(doc []byte) error {
	path := os.Getenv(schemaEnv)
	if path == "" {
		if os.Getenv("CI") == "true" {
			return errors.New("SARIF schema not found, and CI=true")
		}
		return nil
	}
	validate, err := sarifschema.LoadFile(path)
	if err != nil {
		return fmt.Errorf("SARIF schema: %w", err)
	}
	if err := validate(doc); err != nil {
		return fmt.Errorf("output is not valid SARIF 2.1.0: %w", err)
	}
	return nil
}
