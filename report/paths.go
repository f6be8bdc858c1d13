package report

import (
	"path/filepath"
	"strings"

	"github.com/ferrolint/ferrolint/dockerfile"
)

// relPath returns p relative to root with forward slashes, and whether it
// lies inside root; a relative p is relative to root already. A p outside
// root comes back absolute. With root "", p comes back cleaned, inside
// unless it is absolute.
func relPath(root, p string) (rel string, inside bool) {
	clean := filepath.Clean(p)
	if root == "" {
		return filepath.ToSlash(clean), !filepath.IsAbs(clean)
	}
	abs := clean
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(root, clean)
	}
	r, err := filepath.Rel(root, abs)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(abs), false
	}
	return filepath.ToSlash(r), true
}

// lineAnchored gives whole-file findings (no line) line 1, column 1, and
// findings without a usable end an empty range at their start, for the
// formats whose consumers require a line and column.
func lineAnchored(rg dockerfile.Range) dockerfile.Range {
	if rg.Line < 1 {
		return dockerfile.Range{Line: 1, Column: 1, EndLine: 1, EndColumn: 1}
	}
	rg.Column = max(rg.Column, 1)
	if rg.EndLine < rg.Line || (rg.EndLine == rg.Line && rg.EndColumn < rg.Column) {
		rg.EndLine, rg.EndColumn = rg.Line, rg.Column
	}
	return rg
}
