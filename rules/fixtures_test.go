package rules

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/dockerfile"
)

// want is one expectation written in a fixture as
//
//	# want ID C1-C2 "message regexp"        (columns on the next instruction line)
//	# want ID C1-L2:C2 "message regexp"     (a range that ends on line L2)
//
// Several may share one comment. The comment applies to the next line that
// is neither blank nor a comment.
type want struct {
	rule                       string
	line, col, endLine, endCol int
	msg                        *regexp.Regexp
	at                         string
}

var wantRE = regexp.MustCompile(`([A-Z]+[0-9]+) ([0-9]+)-(?:([0-9]+):)?([0-9]+) "((?:[^"\\]|\\.)*)"`)

func parseWants(t *testing.T, path string, src []byte) []*want {
	var out, pending []*want
	lines := strings.Split(string(src), "\n")
	for i, line := range lines {
		text := strings.TrimSpace(line)
		if rest, ok := strings.CutPrefix(text, "# want "); ok {
			ms := wantRE.FindAllStringSubmatch(rest, -1)
			if len(ms) == 0 {
				t.Fatalf("%s:%d: malformed want comment", path, i+1)
			}
			for _, m := range ms {
				w := &want{rule: m[1], at: fmt.Sprintf("%s:%d", path, i+1)}
				w.col, _ = strconv.Atoi(m[2])
				w.endCol, _ = strconv.Atoi(m[4])
				if m[3] != "" {
					w.endLine, _ = strconv.Atoi(m[3])
				}
				w.msg = regexp.MustCompile(strings.ReplaceAll(m[5], `\"`, `"`))
				pending = append(pending, w)
			}
			continue
		}
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		for _, w := range pending {
			w.line = i + 1
			if w.endLine == 0 {
				w.endLine = w.line
			}
		}
		out = append(out, pending...)
		pending = nil
	}
	if len(pending) > 0 {
		t.Fatalf("%s: want comment at the end of the file", path)
	}
	return out
}

// enableRE matches a fixture's "# fixture enable=ID[,ID]" line, which turns
// on rules that are off by default for that file.
var enableRE = regexp.MustCompile(`(?m)^# fixture enable=(\S+)$`)

// TestFixtures lints every Dockerfile under testdata/ and compares the
// findings with the want comments: a missing finding and an unwanted one
// both fail.
func TestFixtures(t *testing.T) {
	plain, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/*/*.Dockerfile")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, path := range files {
		t.Run(filepath.Base(filepath.Dir(path))+"/"+filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			wants := parseWants(t, path, src)
			e := plain
			if m := enableRE.FindSubmatch(src); m != nil {
				if e, err = New(Options{Enable: strings.Split(string(m[1]), ",")}); err != nil {
					t.Fatal(err)
				}
			}
			f, err := dockerfile.Parse(path, src)
			if err != nil {
				t.Fatal(err)
			}
			got, err := e.Lint(context.Background(), f)
			if err != nil {
				t.Fatal(err)
			}
			got = packFindings(got, filepath.Base(filepath.Dir(path)))
			matched := make([]bool, len(got))
			for _, w := range wants {
				found := false
				for i, g := range got {
					r := g.Range
					if !matched[i] && g.Rule.ID == w.rule && r.Line == w.line && r.Column == w.col && r.EndLine == w.endLine && r.EndColumn == w.endCol && w.msg.MatchString(g.Message) {
						matched[i], found = true, true
						break
					}
				}
				if !found {
					t.Errorf("%s: no %s at %d:%d-%d:%d matching %q", w.at, w.rule, w.line, w.col, w.endLine, w.endCol, w.msg)
				}
			}
			var extra []string
			for i, g := range got {
				if !matched[i] {
					r := g.Range
					extra = append(extra, fmt.Sprintf("%s:%d: unexpected %s at %d:%d-%d:%d: %s", path, r.Line, g.Rule.ID, r.Line, r.Column, r.EndLine, r.EndColumn, g.Message))
				}
			}
			sort.Strings(extra)
			for _, x := range extra {
				t.Error(x)
			}
		})
	}
}

// packFindings keeps the findings of the fixture's own pack (testdata/<pack>/)
// and of the rules written in Go, so that one pack's fixtures need not list
// what another pack reports.
func packFindings(fds []Finding, pack string) []Finding {
	var out []Finding
	for _, f := range fds {
		if f.Rule.Package == "" || strings.HasPrefix(f.Rule.Package, "ferrolint."+pack+".") {
			out = append(out, f)
		}
	}
	return out
}
