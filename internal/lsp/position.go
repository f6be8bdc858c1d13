package lsp

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ferrolint/ferrolint/dockerfile"
)

// Encoding is a PositionEncodingKind: what an LSP column counts.
type Encoding string

// The encodings of LSP 3.17. UTF16 is the default every client supports.
const (
	UTF8  Encoding = "utf-8"
	UTF16 Encoding = "utf-16"
	UTF32 Encoding = "utf-32"
)

// negotiate picks the encoding from the client's list: UTF-16 whenever the
// client offers it or offers nothing (the protocol's default), else the
// first of the others it offers that this server knows.
func negotiate(offered []string) Encoding {
	if len(offered) == 0 || slices.Contains(offered, string(UTF16)) {
		return UTF16
	}
	for _, o := range offered {
		if e := Encoding(o); e == UTF8 || e == UTF32 {
			return e
		}
	}
	return UTF16
}

// Text is a document's lines, for turning ferrolint's positions (1-based
// lines, 1-based character columns) into LSP positions.
type Text struct {
	lines []string // split at \n, without a trailing \r
	enc   Encoding
}

// NewText splits a document's text. Like LSP, it counts the empty line
// after a final newline.
func NewText(text string, enc Encoding) *Text {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return &Text{lines: lines, enc: enc}
}

// bom is the byte-order mark: ferrolint's columns start after it, an LSP
// client's count it when the text holds it.
const bom = "\ufeff"

// Position turns a 1-based line and character column into an LSP
// position. Lines past the end go to the end of the last line, and columns
// past the end of a line to its end.
func (t *Text) Position(line, column int) Position {
	l := line - 1
	if l < 0 {
		return Position{}
	}
	if l >= len(t.lines) {
		return t.Position(len(t.lines), math.MaxInt)
	}
	s, lead := t.lines[l], 0
	if l == 0 && strings.HasPrefix(s, bom) {
		s, lead = s[len(bom):], t.units(bom)
	}
	chars := max(column-1, 0)
	end := len(s)
	for i := range s { // i is the byte offset of each character
		if chars == 0 {
			end = i
			break
		}
		chars--
	}
	return Position{Line: l, Character: lead + t.units(s[:end])}
}

// Range turns a ferrolint range into an LSP range. A range without an end
// line covers the rest of its line.
func (t *Text) Range(r dockerfile.Range) Range {
	start := t.Position(r.Line, r.Column)
	if r.EndLine == 0 {
		return Range{Start: start, End: t.Position(r.Line, math.MaxInt)}
	}
	return Range{Start: start, End: t.Position(r.EndLine, r.EndColumn)}
}

// units is the length of s in the units of t's encoding.
func (t *Text) units(s string) int {
	switch t.enc {
	case UTF8:
		return len(s)
	case UTF32:
		return utf8.RuneCountInString(s)
	}
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 { // a surrogate pair
			n++
		}
	}
	return n
}
