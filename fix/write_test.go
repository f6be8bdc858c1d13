package fix

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func writeTemp(t *testing.T, name, text string, mode os.FileMode) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil { // umask may have narrowed it
		t.Fatal(err)
	}
	return path
}

func TestWriteFileKeepsModeAndLeavesNoTemp(t *testing.T) {
	path := writeTemp(t, "Dockerfile", "FROM a\n", 0o640)
	if err := WriteFile(path, []byte("FROM a\n"), []byte("FROM b\n")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	info, _ := os.Stat(path)
	if string(got) != "FROM b\n" || info.Mode().Perm() != 0o640 {
		t.Fatalf("got %q mode %v", got, info.Mode().Perm())
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Fatalf("directory holds %d entries, want only the file", len(entries))
	}
}

func TestWriteFileRefusesAChangedFile(t *testing.T) {
	path := writeTemp(t, "Dockerfile", "FROM changed\n", 0o644)
	err := WriteFile(path, []byte("FROM a\n"), []byte("FROM b\n"))
	if !errors.Is(err, ErrChanged) {
		t.Fatalf("got %v, want ErrChanged", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "FROM changed\n" {
		t.Fatalf("file overwritten: %q", got)
	}
}

func TestWriteFileRefusesAReadOnlyFile(t *testing.T) {
	path := writeTemp(t, "Dockerfile", "FROM a\n", 0o444)
	err := WriteFile(path, []byte("FROM a\n"), []byte("FROM b\n"))
	if err == nil || err.Error() != "file is read-only; not fixed" {
		t.Fatalf("got %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "FROM a\n" {
		t.Fatalf("file overwritten: %q", got)
	}
}

func TestWriteFileRefusesAReadOnlyDirectory(t *testing.T) {
	path := writeTemp(t, "Dockerfile", "FROM a\n", 0o644)
	dir := filepath.Dir(path)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	err := WriteFile(path, []byte("FROM a\n"), []byte("FROM b\n"))
	if err == nil || err.Error() != "directory "+dir+" is read-only; not fixed" {
		t.Fatalf("got %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "FROM a\n" {
		t.Fatalf("file overwritten: %q", got)
	}
}

func TestWriteFileFollowsSymlinks(t *testing.T) {
	path := writeTemp(t, "real.Dockerfile", "FROM a\n", 0o644)
	link := filepath.Join(t.TempDir(), "Dockerfile")
	if err := os.Symlink(path, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := WriteFile(link, []byte("FROM a\n"), []byte("FROM b\n")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the symlink was replaced: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "FROM b\n" {
		t.Fatalf("target holds %q", got)
	}
}
