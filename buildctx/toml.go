package buildctx

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// table is one [name] or [[name]] section of a TOML file with the string and
// string-array values of its keys. Values of other types (numbers, booleans,
// inline tables) are skipped: the facts ferrolint reads are all strings.
type table struct {
	name  string // "" for the keys before the first header
	array bool   // [[name]]
	strs  map[string]string
	lists map[string][]string
}

// parseTOML reads the subset of TOML that Cargo.toml, Cargo.lock,
// rust-toolchain.toml and .cargo/config.toml use for the facts ferrolint
// needs: headers, dotted keys, basic and literal strings, arrays of strings
// (across lines), and values it skips (numbers, booleans, inline tables,
// multi-line strings). Anything it cannot read is an error naming the line,
// and the caller then records no facts for the file.
func parseTOML(src []byte) ([]*table, error) {
	tables := []*table{newTable("", false)}
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(stripComment(sc.Text()))
		if text == "" {
			continue
		}
		if strings.HasPrefix(text, "[") {
			t, err := header(text)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			tables = append(tables, t)
			continue
		}
		key, value, ok := strings.Cut(text, "=")
		if !ok {
			return nil, fmt.Errorf("line %d: expected key = value", line)
		}
		value = strings.TrimSpace(value)
		// A value that opens more brackets or braces than it closes, or a
		// multi-line string, continues on the next lines.
		for open(value) {
			if !sc.Scan() {
				return nil, fmt.Errorf("line %d: unterminated value", line)
			}
			line++
			value += "\n" + strings.TrimSpace(stripComment(sc.Text()))
		}
		t := tables[len(tables)-1]
		k := dottedKey(key)
		switch {
		case strings.HasPrefix(value, `"""`) || strings.HasPrefix(value, "'''"):
			// multi-line strings hold no fact we read
		case strings.HasPrefix(value, `"`) || strings.HasPrefix(value, "'"):
			s, rest, err := str(value)
			if err != nil || strings.TrimSpace(stripComment(rest)) != "" {
				return nil, fmt.Errorf("line %d: bad string", line)
			}
			t.strs[k] = s
		case strings.HasPrefix(value, "["):
			list, err := stringList(value)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			t.lists[k] = list
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return tables, nil
}

func newTable(name string, array bool) *table {
	return &table{name: name, array: array, strs: map[string]string{}, lists: map[string][]string{}}
}

// header reads [a.b] or [[a.b]]; quoted parts keep their text: [target.'cfg(unix)'].
func header(text string) (*table, error) {
	array := strings.HasPrefix(text, "[[")
	inner := strings.TrimPrefix(text, "[")
	end := "]"
	if array {
		inner, end = strings.TrimPrefix(inner, "["), "]]"
	}
	inner, ok := strings.CutSuffix(strings.TrimSpace(inner), end)
	if !ok {
		return nil, errors.New("unterminated table header")
	}
	return newTable(dottedKey(inner), array), nil
}

// dottedKey normalises a.'b'."c.d" to a.b.c.d: parts unquoted and trimmed,
// dots inside quotes kept.
func dottedKey(k string) string {
	var parts []string
	var quote byte
	start := 0
	for i := 0; i < len(k); i++ {
		switch c := k[i]; {
		case quote != 0 && c == quote:
			quote = 0
		case quote == 0 && (c == '"' || c == '\''):
			quote = c
		case quote == 0 && c == '.':
			parts = append(parts, unquoteKey(strings.TrimSpace(k[start:i])))
			start = i + 1
		}
	}
	parts = append(parts, unquoteKey(strings.TrimSpace(k[start:])))
	return strings.Join(parts, ".")
}

func unquoteKey(k string) string {
	if len(k) >= 2 && (k[0] == '"' || k[0] == '\'') && k[len(k)-1] == k[0] {
		return k[1 : len(k)-1]
	}
	return k
}

// stripComment drops a # comment that is not inside a string.
func stripComment(s string) string {
	end := len(s)
	outsideStrings(s, func(i int, c byte) bool {
		if c == '#' {
			end = i
			return false
		}
		return true
	})
	return s[:end]
}

// outsideStrings calls visit for each byte of s that is not inside a
// quoted string, until visit returns false.
func outsideStrings(s string, visit func(i int, c byte) bool) {
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0 && c == '\\' && quote == '"':
			i++
		case quote != 0 && c == quote:
			quote = 0
		case quote == 0 && (c == '"' || c == '\''):
			quote = c
		case quote == 0 && !visit(i, c):
			return
		}
	}
}

// open reports whether a value continues on the next line: unbalanced
// brackets or braces outside strings, or an unclosed multi-line string.
func open(v string) bool {
	for _, delim := range []string{`"""`, "'''"} {
		if strings.HasPrefix(v, delim) {
			return !strings.Contains(v[3:], delim)
		}
	}
	depth := 0
	outsideStrings(v, func(_ int, c byte) bool {
		switch c {
		case '[', '{':
			depth++
		case ']', '}':
			depth--
		}
		return true
	})
	return depth > 0
}

// str reads one basic or literal string at the start of s and returns the
// rest of s.
func str(s string) (string, string, error) {
	quote := s[0]
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote:
			return b.String(), s[i+1:], nil
		case c == '\\' && quote == '"' && i+1 < len(s):
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			default:
				b.WriteByte(s[i])
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", "", errors.New("unterminated string")
}

// stringList reads an array; only its string elements are kept.
func stringList(v string) ([]string, error) {
	rest := strings.TrimSpace(v[1:])
	out := []string{}
	for {
		rest = strings.TrimLeft(rest, " \t\n,")
		switch {
		case rest == "":
			return nil, errors.New("unterminated array")
		case rest[0] == ']':
			return out, nil
		case rest[0] == '"' || rest[0] == '\'':
			s, r, err := str(rest)
			if err != nil {
				return nil, err
			}
			out, rest = append(out, s), r
		default:
			// a non-string element: skip to the next comma or the end
			i := strings.IndexAny(rest, ",]")
			if i < 0 {
				return nil, errors.New("unterminated array")
			}
			rest = rest[i:]
			if rest[0] == ',' {
				rest = rest[1:]
			}
		}
	}
}
