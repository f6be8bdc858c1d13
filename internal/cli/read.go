package cli

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

// read returns a target's contents, refusing files over the size limit.
func (l *linter) read(t target) ([]byte, error) {
	if t.stdin {
		return readLimited(l.stdin, l.maxSize)
	}
	// Check before opening: opening a FIFO would block.
	info, err := os.Stat(t.path)
	if err != nil {
		return nil, pathless(err)
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	f, err := os.Open(t.path)
	if err != nil {
		return nil, pathless(err)
	}
	defer f.Close()
	return readLimited(f, l.maxSize)
}

// readLimited reads at most max bytes, and fails when there are more.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	// One byte past the limit tells a file at the limit from a larger one.
	src, err := io.ReadAll(io.LimitReader(r, min(max, math.MaxInt64-1)+1))
	if err != nil {
		return nil, pathless(err)
	}
	if int64(len(src)) > max {
		return nil, fmt.Errorf("file is larger than the size limit of %d bytes (--max-file-size)", max)
	}
	return src, nil
}
