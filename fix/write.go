package fix

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrChanged is returned when a file no longer holds what was read from it.
var ErrChanged = errors.New("file changed on disk while it was being fixed; not overwritten")

// WriteFile replaces the contents of the file at path, which held orig when
// it was read, with data. It writes a temporary file in the same directory,
// syncs it and renames it over the file, so a reader sees the old or the new
// text, never a part. The file mode is kept and a symlink is followed, not
// replaced. A file or directory without write permission bits is refused
// (also for root, who could write anyway: the bits say the user does not
// want it changed), and so is a file whose contents are no longer orig.
func WriteFile(path string, orig, data []byte) error {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	info, err := os.Stat(real)
	if err != nil {
		return err
	}
	if info.Mode().Perm()&0o222 == 0 {
		return errors.New("file is read-only; not fixed")
	}
	if err := unchanged(real, orig, nil); err != nil {
		return err
	}
	dir := filepath.Dir(real)
	if dinfo, err := os.Stat(dir); err != nil {
		return err
	} else if dinfo.Mode().Perm()&0o222 == 0 {
		return fmt.Errorf("directory %s is read-only; not fixed", dir)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(real)+".ferrolint-*")
	if err != nil {
		return fmt.Errorf("creating a temporary file: %w", unwrapPath(err))
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("writing a temporary file: %w", unwrapPath(err))
	}
	if err := tmp.Chmod(info.Mode().Perm()); err != nil {
		return fmt.Errorf("setting the mode: %w", unwrapPath(err))
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("syncing a temporary file: %w", unwrapPath(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("closing a temporary file: %w", unwrapPath(err))
	}
	// Check again just before the rename, to keep the window small.
	if err := unchanged(real, orig, info); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), real); err != nil {
		return fmt.Errorf("replacing the file: %w", unwrapPath(err))
	}
	done = true
	syncDir(dir)
	return nil
}

// unchanged checks that path still holds orig and, when before is given,
// still has its size and modification time.
func unchanged(path string, orig []byte, before fs.FileInfo) error {
	if before != nil {
		now, err := os.Stat(path)
		if err != nil {
			return err
		}
		if now.Size() != before.Size() || !now.ModTime().Equal(before.ModTime()) {
			return ErrChanged
		}
	}
	cur, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if !bytes.Equal(cur, orig) {
		return ErrChanged
	}
	return nil
}

// syncDir makes the rename durable; where directories cannot be synced the
// rename is still atomic, so errors are ignored.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

func unwrapPath(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}
