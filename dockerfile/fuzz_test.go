package dockerfile

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// FuzzParse checks that any text parses without a panic and that every
// range of the model lies inside the file.
func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"../testdata/*/*.Dockerfile", "../../shared/corpus/dev/*.Dockerfile"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	f.Add([]byte("FROM a\nRUN <<EOF\nx\nEOF\n"))
	f.Add([]byte("# escape=`\nFROM a\nRUN x `\n y\n"))
	f.Add([]byte("FROM a\n# c\nONBUILD RUN --mount=type=cache,target=/c \\\n  sh -c 'x | y'\nONBUILD RUN <<EOF\nz\nEOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse("Dockerfile", data)
		if err != nil {
			return
		}
		lines := strings.Split(strings.TrimPrefix(string(data), "\ufeff"), "\n")
		check := func(what string, r Range) {
			if r.Line < 1 || r.EndLine < r.Line || r.EndLine > len(lines) || r.Column < 1 || r.EndColumn < 1 || r.EndLine == r.Line && r.EndColumn < r.Column {
				t.Fatalf("%s range %+v outside a file of %d lines", what, r, len(lines))
			}
		}
		for _, e := range file.Errors {
			check("error", e.Range)
		}
		for _, s := range file.Stages {
			check("stage", s.Range)
			check("from", s.From.Range)
			ins := slices.Clone(s.Instructions)
			for _, in := range s.Instructions {
				if in.Trigger != nil {
					ins = append(ins, in.Trigger)
				}
			}
			for _, in := range ins {
				check(in.Keyword, in.Range)
				for _, c := range in.Comments {
					check("comment", c.Range)
				}
				for _, w := range in.Args {
					check("arg", w.Range)
				}
				for _, c := range in.Commands {
					if c.Range != (Range{}) {
						check("command", c.Range)
					}
				}
			}
		}
		_ = file.Value()
	})
}
