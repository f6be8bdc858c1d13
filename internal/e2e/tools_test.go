package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// requireTool returns the path of an outside program a test drives. Without
// it a developer's run skips; a CI run (CI=true) fails, so CI cannot pass by
// skipping.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not on PATH and CI=true: .ci/run installs it", name)
	}
	t.Skipf("%s is not on PATH; install it to run this test", name)
	return ""
}

// repoRoot is the checkout's root, where go.mod is; tests run in their
// package directory.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("repository root not found: %v", err)
	}
	return root
}
