package report

import (
	"encoding/json"
	"io"

	"github.com/ferrolint/ferrolint/rules"
)

// JSON writes one indented JSON document listing every file and every
// finding, findings sorted by file, line, column and rule. Arrays are never
// null, so consumers can iterate without checks.
func JSON(w io.Writer, results []Result, version string) error {
	doc := jsonDoc{
		Tool:     jsonTool{Name: "ferrolint", Version: version},
		Files:    []jsonFile{},
		Findings: []jsonFinding{},
	}
	var all []rules.Finding
	for _, r := range results {
		file := jsonFile{Path: r.Path}
		if r.Err != nil {
			file.Error = r.Err.Error()
		}
		doc.Files = append(doc.Files, file)
		all = append(all, r.Findings...)
	}
	rules.SortFindings(all)
	for _, f := range all {
		doc.Findings = append(doc.Findings, newJSONFinding(f))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // keep <, > and & readable in messages
	return enc.Encode(doc)
}

type jsonDoc struct {
	Tool     jsonTool      `json:"tool"`
	Files    []jsonFile    `json:"files"`
	Findings []jsonFinding `json:"findings"`
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonFile struct {
	Path  string `json:"path"`
	Error string `json:"error,omitempty"`
}

type jsonFinding struct {
	Rule      string   `json:"rule"`
	Name      string   `json:"name"`
	Severity  string   `json:"severity"`
	Message   string   `json:"message"`
	File      string   `json:"file"`
	jsonRange          // line, column, end_line, end_column
	Aliases   []string `json:"aliases"`
	HelpURI   string   `json:"help_uri"`
	Fix       *jsonFix `json:"fix,omitempty"`
}

type jsonRange struct {
	Line      int `json:"line"`
	Column    int `json:"column"`
	EndLine   int `json:"end_line"`
	EndColumn int `json:"end_column"`
}

type jsonFix struct {
	Description string     `json:"description"`
	Safe        bool       `json:"safe"`
	Edits       []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	jsonRange
	NewText string `json:"new_text"`
}

func newJSONFinding(f rules.Finding) jsonFinding {
	out := jsonFinding{
		Rule:      f.Rule.ID,
		Name:      f.Rule.Name,
		Severity:  f.Severity.String(),
		Message:   f.Message,
		File:      f.File,
		jsonRange: jsonRange(f.Range),
		Aliases:   append([]string{}, f.Rule.Aliases...),
		HelpURI:   f.Rule.HelpURI,
	}
	if f.Fix != nil {
		out.Fix = &jsonFix{Description: f.Fix.Description, Safe: f.Fix.Safe, Edits: []jsonEdit{}}
		for _, e := range f.Fix.Edits {
			out.Fix.Edits = append(out.Fix.Edits, jsonEdit{jsonRange: jsonRange(e.Range), NewText: e.NewText})
		}
	}
	return out
}
