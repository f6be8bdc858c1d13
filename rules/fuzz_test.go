package rules

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ferrolint/ferrolint/dockerfile"
)

var (
	fuzzEngine     *Engine
	fuzzEngineErr  error
	fuzzEngineOnce sync.Once
)

// FuzzLint checks that every built-in rule evaluates any parsed
// Dockerfile without an error or a panic, and that every finding lies
// inside the file and is well formed.
func FuzzLint(f *testing.F) {
	for _, pattern := range []string{"../testdata/*/*.Dockerfile", "../../shared/corpus/dev/*.Dockerfile"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	f.Add([]byte("FROM a AS b\nFROM b\nCOPY --from=0 / /\nUSER 0:0\n"))
	f.Add([]byte("ARG X\nFROM ${X}\nRUN <<EOF\ncargo build\nEOF\n"))
	fuzzEngineOnce.Do(func() { fuzzEngine, fuzzEngineErr = New(Options{Timeout: time.Minute}) })
	if fuzzEngineErr != nil {
		f.Fatal(fuzzEngineErr)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := dockerfile.Parse("Dockerfile", data)
		if err != nil {
			return // not a Dockerfile (binary): the CLI reports it
		}
		fds, err := fuzzEngine.Lint(context.Background(), file)
		if err != nil {
			t.Fatalf("Lint: %v", err)
		}
		for _, fd := range fds {
			if fd.Rule == nil || fd.Message == "" || fd.Severity < Style || fd.Severity > Error {
				t.Fatalf("malformed finding %+v", fd)
			}
			if !file.Contains(fd.Range) {
				t.Fatalf("%s: range %+v outside the file", fd.Rule.ID, fd.Range)
			}
			if fd.Fix != nil {
				for _, e := range fd.Fix.Edits {
					if !file.Contains(e.Range) {
						t.Fatalf("%s: fix edit %+v outside the file", fd.Rule.ID, e.Range)
					}
				}
			}
		}
	})
}
