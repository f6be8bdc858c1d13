package e2e

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	modzip "golang.org/x/mod/zip"
)

const modulePath = "github.com/ferrolint/ferrolint"

// TestModuleZip checks that the checkout makes a valid module zip, which
// `go install github.com/ferrolint/ferrolint/cmd/ferrolint@version` (the
// GitHub Action) downloads. A root Dockerfile, for one, would collide with
// the dockerfile/ package on case-insensitive file systems and in the zip.
func TestModuleZip(t *testing.T) {
	requireTool(t, "git")
	root := repoRoot(t)
	checked, err := modzip.CheckFiles(moduleFiles(t, toolEnv(t, t.TempDir()), root))
	for _, f := range checked.Invalid {
		t.Errorf("%s: %v", f.Path, f.Err)
	}
	if checked.SizeError != nil {
		t.Error(checked.SizeError)
	}
	if err != nil && len(checked.Invalid) == 0 && checked.SizeError == nil {
		t.Error(err)
	}
}

// moduleFiles lists the checkout's files (see checkoutFiles) for a module
// zip.
func moduleFiles(t *testing.T, env []string, root string) []modzip.File {
	t.Helper()
	var files []modzip.File
	for _, name := range checkoutPaths(t, env, root) {
		files = append(files, diskFile{root, name})
	}
	return files
}

// diskFile is a file of the checkout, named by its slash-separated path.
type diskFile struct{ root, path string }

func (f diskFile) Path() string                 { return f.path }
func (f diskFile) Lstat() (os.FileInfo, error)  { return os.Lstat(f.abs()) }
func (f diskFile) Open() (io.ReadCloser, error) { return os.Open(f.abs()) }
func (f diskFile) abs() string                  { return filepath.Join(f.root, filepath.FromSlash(f.path)) }
