package report

import (
	"strings"

	"github.com/mattn/go-runewidth"
)

// tabWidth is how many spaces a tab becomes in a source excerpt, as rustc does.
const tabWidth = 4

// cells measures terminal cells with fixed settings, not the locale's, so
// that output does not depend on the environment.
var cells = &runewidth.Condition{StrictEmojiNeutral: true}

// underline prepares a source line for display with its tabs expanded, and
// measures the underline of characters [start, end) (0-based, counted in
// Unicode characters; end < 0 means to the end of the line): indent is the
// display width before it and marks its width, at least 1 so that empty and
// out-of-line ranges stay visible.
func underline(line string, start, end int) (shown string, indent, marks int) {
	var b strings.Builder
	n := 0
	for _, r := range line {
		w := cells.RuneWidth(r)
		if r == '\t' {
			w = tabWidth
			b.WriteString(strings.Repeat(" ", tabWidth))
		} else {
			b.WriteRune(r)
		}
		switch {
		case n < start:
			indent += w
		case end < 0 || n < end:
			marks += w
		}
		n++
	}
	if start > n {
		indent += start - n // the range begins past the end of the line
	}
	return b.String(), indent, max(marks, 1)
}
