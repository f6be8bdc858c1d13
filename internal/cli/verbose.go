package cli

import (
	"fmt"
	"io"
	"os/exec"
)

// sayShellcheckSkipped tells a --verbose run, once, that RUN bodies are not
// checked with shellcheck because it is not installed. It is not an error.
func sayShellcheckSkipped(opts *options, stderr io.Writer) {
	if !opts.verbose {
		return
	}
	if _, err := exec.LookPath("shellcheck"); err != nil {
		fmt.Fprintln(stderr, "ferrolint: shellcheck is not on PATH: RUN bodies were not checked with it")
	}
}
