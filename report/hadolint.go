package report

import (
	"encoding/json"
	"io"
)

// HadolintJSON writes findings as hadolint's --format json does, a flat
// array with hadolint's keys and level names, plus exclusive end positions,
// so that editor plugins written for hadolint read it unchanged.
func HadolintJSON(w io.Writer, run Run) error {
	out := []hadolintFinding{}
	for _, f := range sortedFindings(run.Results) {
		rg := lineAnchored(f.Range) // nvim-lint subtracts 1 from the line
		out = append(out, hadolintFinding{
			Code:      f.Rule.ID,
			Column:    rg.Column,
			EndColumn: rg.EndColumn,
			EndLine:   rg.EndLine,
			File:      f.File,
			Level:     f.Severity.String(), // error, warning, info, style: hadolint's names
			Line:      rg.Line,
			Message:   f.Message,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// hadolintFinding's fields are in hadolint's (alphabetical) order.
type hadolintFinding struct {
	Code      string `json:"code"`
	Column    int    `json:"column"`
	EndColumn int    `json:"end_column"`
	EndLine   int    `json:"end_line"`
	File      string `json:"file"`
	Level     string `json:"level"`
	Line      int    `json:"line"`
	Message   string `json:"message"`
}
