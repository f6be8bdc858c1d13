// Package fix applies the edits of findings' fixes to a Dockerfile's text:
// ranges to byte offsets, deterministic ordering of overlapping fixes,
// re-linting to a fixed point, unified diffs and atomic writes.
package fix

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/ferrolint/ferrolint/dockerfile"
)

const bom = "\xef\xbb\xbf"

// text indexes a file's lines the way dockerfile.Parse counts them: a BOM is
// not part of column 1 and line endings (LF or CRLF) are not part of a line.
type text struct {
	src   []byte
	start []int // byte offset of each line
	end   []int // byte offset of the end of each line's content
	crlf  bool  // the file's first line ending is CRLF
}

func newText(src []byte) *text {
	t := &text{src: src}
	off := 0
	if bytes.HasPrefix(src, []byte(bom)) {
		off = len(bom)
	}
	for {
		i := bytes.IndexByte(src[off:], '\n')
		lineEnd := len(src)
		if i >= 0 {
			lineEnd = off + i
		}
		content := lineEnd
		for content > off && src[content-1] == '\r' {
			content--
		}
		if i >= 0 && len(t.start) == 0 {
			t.crlf = content < lineEnd
		}
		t.start = append(t.start, off)
		t.end = append(t.end, content)
		if i < 0 || lineEnd+1 == len(src) {
			// A final newline ends the last line; it does not start another.
			return t
		}
		off = lineEnd + 1
	}
}

// offset turns a 1-based line and character column into a byte offset. The
// column may be one past the line's last character.
func (t *text) offset(line, col int) (int, error) {
	if line < 1 || line > len(t.start) {
		return 0, fmt.Errorf("line %d is outside the file (%d lines)", line, len(t.start))
	}
	if col < 1 {
		return 0, fmt.Errorf("column %d on line %d is not positive", col, line)
	}
	off, end := t.start[line-1], t.end[line-1]
	for c := 1; c < col; c++ {
		if off >= end {
			return 0, fmt.Errorf("column %d is past the end of line %d", col, line)
		}
		_, size := utf8.DecodeRune(t.src[off:end])
		off += size
	}
	return off, nil
}

// span is an edit in byte offsets: replace src[start:end] with text.
type span struct {
	start, end int
	text       string
}

// span converts an edit; the new text takes the file's line ending.
func (t *text) span(r dockerfile.Range, newText string) (span, error) {
	start, err := t.offset(r.Line, r.Column)
	if err != nil {
		return span{}, err
	}
	end, err := t.offset(r.EndLine, r.EndColumn)
	if err != nil {
		return span{}, err
	}
	if end < start {
		return span{}, fmt.Errorf("range %d:%d-%d:%d ends before it starts", r.Line, r.Column, r.EndLine, r.EndColumn)
	}
	newText = strings.ReplaceAll(newText, "\r\n", "\n")
	if t.crlf {
		newText = strings.ReplaceAll(newText, "\n", "\r\n")
	}
	return span{start: start, end: end, text: newText}, nil
}

// conflicts reports whether two edits cannot both be applied. Replacements
// conflict when they share a byte. An insertion conflicts with a replacement
// when it lies at its start or inside it: text meant to go before something
// that another fix removes would be misplaced. At a replacement's end it is
// applied after it. Two insertions at one point conflict: their order would
// be a guess.
func conflicts(a, b span) bool {
	switch {
	case a.start == a.end && b.start == b.end:
		return a.start == b.start
	case a.start == a.end:
		return b.start <= a.start && a.start < b.end
	case b.start == b.end:
		return a.start <= b.start && b.start < a.end
	}
	return a.start < b.end && b.start < a.end
}
