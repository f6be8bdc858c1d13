package fix

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

func TestUnified(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n"
	new := "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\n"
	want := `--- a/dir/Dockerfile
+++ b/dir/Dockerfile
@@ -1,5 +1,5 @@
 a
-b
+B
 c
 d
 e
@@ -11,3 +11,4 @@
 k
 l
 m
+n
`
	if got := Unified("./dir/Dockerfile", []byte(old), []byte(new)); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestUnifiedMergesCloseChanges(t *testing.T) {
	old := "1\n2\n3\n4\n5\n6\n7\n8\n"
	new := "1\nX\n3\n4\n5\n6\nY\n8\n"
	want := "--- a/f\n+++ b/f\n@@ -1,8 +1,8 @@\n 1\n-2\n+X\n 3\n 4\n 5\n 6\n-7\n+Y\n 8\n"
	if got := Unified("f", []byte(old), []byte(new)); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestUnifiedEdgeCases(t *testing.T) {
	for _, c := range []struct{ name, old, new, want string }{
		{"equal", "a\n", "a\n", ""},
		{"from empty", "", "a\n", "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+a\n"},
		{"to empty", "a\nb\n", "", "--- a/f\n+++ b/f\n@@ -1,2 +0,0 @@\n-a\n-b\n"},
		{"no final newline", "a", "b", "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n"},
		{"crlf kept", "a\r\nb\r\n", "a\r\nc\r\n", "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n"},
	} {
		if got := Unified("f", []byte(c.old), []byte(c.new)); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestUnifiedPatchesBack applies random diffs with a small patch reader and
// checks that they turn the old text into the new one.
func TestUnifiedPatchesBack(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		old := randomLines(r)
		new := randomLines(r)
		d := Unified("f", []byte(old), []byte(new))
		if got := patch(t, old, d); got != new {
			t.Fatalf("case %d: patching\n%q\nwith\n%s\ngave %q, want %q", i, old, d, got, new)
		}
	}
}

func randomLines(r *rand.Rand) string {
	var b strings.Builder
	for range r.IntN(12) {
		fmt.Fprintf(&b, "%c\n", 'a'+r.IntN(4))
	}
	return b.String()
}

// patch applies a unified diff made by Unified (every line ends in "\n").
func patch(t *testing.T, old, diff string) string {
	if diff == "" {
		return old
	}
	src := splitLines([]byte(old))
	var out []string
	at := 0
	lines := strings.Split(strings.TrimSuffix(diff, "\n"), "\n")[2:]
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "@@ "):
			f := strings.Fields(l)[1][1:]
			start, _ := strconv.Atoi(strings.Split(f, ",")[0])
			if !strings.Contains(f, ",0") {
				start--
			}
			out = append(out, src[at:start]...)
			at = start
		case l[0] == ' ' || l[0] == '-':
			if src[at] != l[1:]+"\n" {
				t.Fatalf("context %q does not match %q", l, src[at])
			}
			if l[0] == ' ' {
				out = append(out, src[at])
			}
			at++
		case l[0] == '+':
			out = append(out, l[1:]+"\n")
		}
	}
	out = append(out, src[at:]...)
	return strings.Join(out, "")
}
