package lsp_test

import (
	"math"
	"testing"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/internal/lsp"
)

func TestPosition(t *testing.T) {
	const (
		ascii = "FROM alpine:3.20\nUSER app\n"
		// é is 2 bytes and 1 UTF-16 unit; 🦀 (U+1F980) is 4 bytes and a
		// surrogate pair, 2 units. x is character 13 of line 2, its last.
		wide = "FROM alpine:3.20\nRUN echo é🦀 x\n"
		crlf = "FROM alpine:3.20\r\nUSER app\r\n"
		bom  = "\ufeffFROM alpine:3.20\n"
	)
	tests := []struct {
		name         string
		text         string
		enc          lsp.Encoding
		line, column int
		want         lsp.Position
	}{
		{"ascii", ascii, lsp.UTF16, 1, 6, lsp.Position{Line: 0, Character: 5}},
		{"ascii line 2", ascii, lsp.UTF16, 2, 1, lsp.Position{Line: 1, Character: 0}},
		{"x after é and emoji, utf-16", wide, lsp.UTF16, 2, 13, lsp.Position{Line: 1, Character: 13}},
		{"x after é and emoji, utf-8", wide, lsp.UTF8, 2, 13, lsp.Position{Line: 1, Character: 16}},
		{"x after é and emoji, utf-32", wide, lsp.UTF32, 2, 13, lsp.Position{Line: 1, Character: 12}},
		{"é, utf-16", wide, lsp.UTF16, 2, 10, lsp.Position{Line: 1, Character: 9}},
		{"emoji, utf-16", wide, lsp.UTF16, 2, 11, lsp.Position{Line: 1, Character: 10}},
		{"after emoji, utf-16", wide, lsp.UTF16, 2, 12, lsp.Position{Line: 1, Character: 12}},
		{"end of line, utf-16", wide, lsp.UTF16, 2, 14, lsp.Position{Line: 1, Character: 14}},
		{"column past the end stops at it", wide, lsp.UTF16, 2, 99, lsp.Position{Line: 1, Character: 14}},
		{"crlf: \\r is not a column", crlf, lsp.UTF16, 1, math.MaxInt, lsp.Position{Line: 0, Character: 16}},
		{"crlf line 2", crlf, lsp.UTF16, 2, 6, lsp.Position{Line: 1, Character: 5}},
		{"line after a final newline", ascii, lsp.UTF16, 3, 1, lsp.Position{Line: 2, Character: 0}},
		{"line past the end: end of the last", ascii, lsp.UTF16, 9, 1, lsp.Position{Line: 2, Character: 0}},
		{"line past the end, no final newline", "FROM a", lsp.UTF16, 2, 1, lsp.Position{Line: 0, Character: 6}},
		{"BOM counted by the client, not by ferrolint", bom, lsp.UTF16, 1, 1, lsp.Position{Line: 0, Character: 1}},
		{"BOM in utf-8", bom, lsp.UTF8, 1, 6, lsp.Position{Line: 0, Character: 8}},
		{"line 0 (unknown)", ascii, lsp.UTF16, 0, 0, lsp.Position{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lsp.NewText(tt.text, tt.enc).Position(tt.line, tt.column); got != tt.want {
				t.Errorf("Position(%d, %d) = %+v, want %+v", tt.line, tt.column, got, tt.want)
			}
		})
	}
}

func TestRange(t *testing.T) {
	text := lsp.NewText("FROM alpine:3.20\r\nRUN echo 🦀 && apt-get install curl\r\n", lsp.UTF16)
	tests := []struct {
		in   dockerfile.Range
		want lsp.Range
	}{
		// apt-get starts at character 15, after the emoji's two units: 16.
		{dockerfile.Range{Line: 2, Column: 15, EndLine: 2, EndColumn: 35},
			lsp.Range{Start: lsp.Position{Line: 1, Character: 15}, End: lsp.Position{Line: 1, Character: 35}}},
		// Across lines; CRLF does not shift the columns.
		{dockerfile.Range{Line: 1, Column: 6, EndLine: 2, EndColumn: 4},
			lsp.Range{Start: lsp.Position{Line: 0, Character: 5}, End: lsp.Position{Line: 1, Character: 3}}},
		// No end line: the rest of the line.
		{dockerfile.Range{Line: 2, Column: 1},
			lsp.Range{Start: lsp.Position{Line: 1, Character: 0}, End: lsp.Position{Line: 1, Character: 35}}},
	}
	for _, tt := range tests {
		if got := text.Range(tt.in); got != tt.want {
			t.Errorf("Range(%+v) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}
