package fix

import (
	"bytes"
	"fmt"
	"strings"
)

// contextLines is the number of unchanged lines shown around a change.
const contextLines = 3

// Unified returns a unified diff from old to new with "a/" and "b/" headers
// and hunks of three lines of context, or "" when they are equal. Lines keep
// their endings, so a CRLF file's diff has CRLF lines.
func Unified(path string, old, new []byte) string {
	if bytes.Equal(old, new) {
		return ""
	}
	ops := diffLines(splitLines(old), splitLines(new))
	name := strings.TrimLeft(strings.TrimPrefix(path, "./"), "/")
	var b strings.Builder
	fmt.Fprintf(&b, "--- a/%s\n+++ b/%s\n", name, name)
	for _, h := range hunks(ops) {
		h.write(&b, ops)
	}
	return b.String()
}

// splitLines splits text after each newline; the last line may lack one.
func splitLines(src []byte) []string {
	var lines []string
	for len(src) > 0 {
		i := bytes.IndexByte(src, '\n') + 1
		if i == 0 {
			i = len(src)
		}
		lines = append(lines, string(src[:i]))
		src = src[i:]
	}
	return lines
}

// op is one line of an edit script: ' ' kept, '-' deleted, '+' inserted.
type op struct {
	kind byte
	line string
}

// diffLines is Myers' O(ND) difference algorithm: a shortest edit script
// from a to b, found by a greedy search over diagonals and then traced back.
func diffLines(a, b []string) []op {
	n, m := len(a), len(b)
	off := n + m + 1
	v := make([]int, 2*off+1)
	var trace [][]int
	for d := 0; d <= n+m; d++ {
		trace = append(trace, append([]int(nil), v...))
		done := false
		for k := -d; k <= d; k += 2 {
			x := v[off+k-1] + 1
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1]
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				done = true
				break
			}
		}
		if done {
			break
		}
	}
	var rev []op
	x, y := n, m
	for d := len(trace) - 1; d >= 0; d-- {
		v := trace[d]
		k := x - y
		prevK := k - 1
		if k == -d || k != d && v[off+k-1] < v[off+k+1] {
			prevK = k + 1
		}
		prevX := v[off+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			rev = append(rev, op{' ', a[x-1]})
			x, y = x-1, y-1
		}
		if d == 0 {
			break
		}
		if x == prevX {
			rev = append(rev, op{'+', b[y-1]})
			y--
		} else {
			rev = append(rev, op{'-', a[x-1]})
			x--
		}
	}
	ops := make([]op, len(rev))
	for i, o := range rev {
		ops[len(rev)-1-i] = o
	}
	return ops
}

// hunk is ops[from:to], which starts after oldLine lines of the old text
// and newLine lines of the new.
type hunk struct{ from, to, oldLine, newLine int }

// hunks groups the changes of an edit script with their context; changes
// closer than twice the context share a hunk.
func hunks(ops []op) []hunk {
	oldAt := make([]int, len(ops)+1)
	newAt := make([]int, len(ops)+1)
	for i, o := range ops {
		oldAt[i+1], newAt[i+1] = oldAt[i], newAt[i]
		if o.kind != '+' {
			oldAt[i+1]++
		}
		if o.kind != '-' {
			newAt[i+1]++
		}
	}
	changeEnd := func(i int) int {
		for i < len(ops) && ops[i].kind != ' ' {
			i++
		}
		return i
	}
	nextChange := func(i int) int {
		for i < len(ops) && ops[i].kind == ' ' {
			i++
		}
		return i
	}
	var out []hunk
	for i := nextChange(0); i < len(ops); i = nextChange(i) {
		from := max(0, i-contextLines)
		end := changeEnd(i)
		for {
			next := nextChange(end)
			if next == len(ops) || next-end > 2*contextLines {
				break
			}
			end = changeEnd(next)
		}
		to := min(len(ops), end+contextLines)
		out = append(out, hunk{from, to, oldAt[from], newAt[from]})
		i = to
	}
	return out
}

func (h hunk) write(b *strings.Builder, ops []op) {
	oldN, newN := 0, 0
	for _, o := range ops[h.from:h.to] {
		if o.kind != '+' {
			oldN++
		}
		if o.kind != '-' {
			newN++
		}
	}
	fmt.Fprintf(b, "@@ -%s +%s @@\n", hunkRange(h.oldLine, oldN), hunkRange(h.newLine, newN))
	for _, o := range ops[h.from:h.to] {
		b.WriteByte(o.kind)
		b.WriteString(o.line)
		if !strings.HasSuffix(o.line, "\n") {
			b.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// hunkRange writes a hunk side as diff does: "start,count", "start" for one
// line, and the line before for none.
func hunkRange(before, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", before)
	case 1:
		return fmt.Sprintf("%d", before+1)
	}
	return fmt.Sprintf("%d,%d", before+1, n)
}
