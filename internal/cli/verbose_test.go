package cli

import (
	"bytes"
	"testing"
)

func TestVerboseSaysShellcheckIsMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	for _, tc := range []struct {
		verbose bool
		want    string
	}{
		{true, "ferrolint: shellcheck is not on PATH: RUN bodies were not checked with it\n"},
		{false, ""},
	} {
		var stderr bytes.Buffer
		opts := &options{}
		opts.verbose = tc.verbose
		sayShellcheckSkipped(opts, &stderr)
		if stderr.String() != tc.want {
			t.Errorf("verbose=%v: stderr = %q, want %q", tc.verbose, stderr.String(), tc.want)
		}
	}
}
