package dockerfile

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// source holds a file's lines for turning byte offsets into positions.
type source struct {
	lines []string // without the line ending; the BOM removed from the first
	ascii []bool
}

func newSource(data []byte) *source {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	n := bytes.Count(data, []byte("\n")) + 1
	s := &source{lines: make([]string, 0, n), ascii: make([]bool, 0, n)}
	for len(data) > 0 || len(s.lines) == 0 {
		i := bytes.IndexByte(data, '\n')
		var line []byte
		if i < 0 {
			line, data = data, nil
		} else {
			line, data = data[:i], data[i+1:]
		}
		line = bytes.TrimRight(line, "\r")
		s.lines = append(s.lines, string(line))
		s.ascii = append(s.ascii, isASCII(line))
		if i >= 0 && len(data) == 0 {
			// A final newline ends the last line; it does not start another.
			break
		}
	}
	return s
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// column turns a 0-based byte offset in a 0-based line into a 1-based
// character column.
func (s *source) column(line, off int) int {
	if line < 0 || line >= len(s.lines) {
		return 1
	}
	text := s.lines[line]
	if off > len(text) {
		off = len(text)
	}
	if s.ascii[line] {
		return off + 1
	}
	return utf8.RuneCountInString(text[:off]) + 1
}

// span builds a Range from 0-based lines and byte offsets.
func (s *source) span(line, off, endLine, endOff int) Range {
	return Range{Line: line + 1, Column: s.column(line, off), EndLine: endLine + 1, EndColumn: s.column(endLine, endOff)}
}

// lineRange covers the text of a 0-based line without surrounding blanks.
func (s *source) lineRange(line int) Range {
	text := s.lines[line]
	start := len(text) - len(trimLeftSpace(text))
	end := len(trimRightSpace(text))
	if end < start {
		end = start
	}
	return s.span(line, start, line, end)
}

func trimLeftSpace(s string) string {
	for i, r := range s {
		if !unicode.IsSpace(r) {
			return s[i:]
		}
	}
	return ""
}

func trimRightSpace(s string) string {
	i := len(s)
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return s[:i]
}

// logical is an instruction's text with continuation lines joined the way
// BuildKit joins them, and where each piece of it came from.
type logical struct {
	text    string
	pieces  []piece
	last    int // the last source line that belongs to the instruction text
	lastEnd int // byte offset of the end of the text on that line
}

// piece says that text[at:at+n] is line[off:off+n] of the source.
type piece struct{ at, line, off, n int }

// join joins the continuation lines of the instruction that starts on the
// 0-based line start. It mirrors BuildKit's parser.Parse loop.
func (s *source) join(start int, escape byte) *logical {
	l := &logical{}
	var b strings.Builder
	add := func(line, from, to int) {
		if to > from {
			l.pieces = append(l.pieces, piece{at: b.Len(), line: line, off: from, n: to - from})
			b.WriteString(s.lines[line][from:to])
		}
		l.last = line
		l.lastEnd = len(trimRightSpace(s.lines[line]))
	}
	text := s.lines[start]
	from := len(text) - len(trimLeftSpace(text))
	content, cont := continuation(text, escape)
	add(start, from, max(from, len(content)))
	for line := start + 1; cont && line < len(s.lines); line++ {
		text := s.lines[line]
		trimmed := trimLeftSpace(text)
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		content, cont = continuation(text, escape)
		add(line, 0, len(content))
	}
	l.text = b.String()
	return l
}

// continuation reports whether a line ends in the escape character that
// continues it, and returns the line without it.
func continuation(line string, escape byte) (string, bool) {
	t := trimRightSpace(line)
	n := len(t)
	if n == 0 || t[n-1] != escape {
		return line, false
	}
	if n >= 2 && t[n-2] == escape {
		return line, false
	}
	return t[:n-1], true
}

// pos is the source position of byte i of the logical text; past the end
// it is the end of the instruction text.
func (l *logical) pos(i int) (line, off int) {
	i = max(i, 0)
	for _, p := range l.pieces {
		if i < p.at+p.n {
			return p.line, p.off + i - p.at
		}
	}
	return l.last, l.lastEnd
}

// span maps the byte range [from, to) of the logical text to a Range.
func (l *logical) span(s *source, from, to int) Range {
	line, off := l.pos(from)
	if to <= from {
		return s.span(line, off, line, off)
	}
	endLine, endOff := l.pos(to - 1)
	return s.span(line, off, endLine, endOff+1)
}

// Contains reports whether r lies inside the file's text.
func (f *File) Contains(r Range) bool {
	s := f.src
	if r.Line < 1 || r.EndLine > len(s.lines) || r.Column < 1 || r.EndColumn < 1 {
		return false
	}
	width := func(line int) int { return s.column(line-1, len(s.lines[line-1])) }
	return r.Column <= width(r.Line) && r.EndColumn <= width(r.EndLine)
}
