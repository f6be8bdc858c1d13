package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLintRecoversPanic(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Dockerfile")
	if err := os.WriteFile(path, []byte("FROM scratch\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A linter without an engine panics when it lints.
	l := &linter{maxSize: 1 << 10}
	res := l.lint(context.Background(), target{path: path})
	if res.Err == nil || !strings.HasPrefix(res.Err.Error(), "internal error: ") {
		t.Fatalf("got error %v, want an internal error", res.Err)
	}
	if res.Path != path {
		t.Errorf("got path %q, want %q", res.Path, path)
	}
}
