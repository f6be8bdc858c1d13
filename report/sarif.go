package report

import (
	"encoding/json"
	"io"
	"net/url"
	"regexp"
	"strings"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/rules"
)

// SARIF limits that GitHub code scanning enforces on rule descriptions.
const maxDescription = 1024

// srcRoot is the uriBaseId of repository-relative artifact URIs.
const srcRoot = "%SRCROOT%"

// SARIF writes one SARIF 2.1.0 log with one run for GitHub code scanning and
// SARIF viewers: the full rule catalogue, a result per finding with its
// region and fix, and a notification per file that could not be linted.
func SARIF(w io.Writer, run Run) error {
	driver := sarifDriver{
		Name:           "ferrolint",
		Version:        run.Version,
		InformationURI: "https://github.com/ferrolint/ferrolint",
		Rules:          []sarifRule{},
	}
	if semver.MatchString(run.Version) {
		driver.SemanticVersion = strings.TrimPrefix(run.Version, "v")
	}
	index := map[*rules.Rule]int{}
	addRule := func(r *rules.Rule) {
		if _, ok := index[r]; !ok {
			index[r] = len(driver.Rules)
			driver.Rules = append(driver.Rules, newSARIFRule(r))
		}
	}
	for _, r := range run.Rules {
		addRule(r)
	}

	out := sarifRun{
		Tool:        sarifTool{Driver: driver},
		ColumnKind:  "unicodeCodePoints", // our columns count characters
		Invocations: []sarifInvocation{{ExecutionSuccessful: true, ToolExecutionNotifications: []sarifNotification{}}},
		Results:     []sarifResult{},
	}
	inv := &out.Invocations[0]
	for _, r := range run.Results {
		if r.Err != nil {
			inv.ExecutionSuccessful = false
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
				Level:     "error",
				Message:   sarifMessage{Text: r.Err.Error()},
				Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: artifact(run.Root, r.Path)}}},
			})
		}
	}
	for _, f := range sortedFindings(run.Results) {
		addRule(f.Rule) // a finding of a rule the caller did not list
		res := sarifResult{
			RuleID:    f.Rule.ID,
			RuleIndex: index[f.Rule],
			Level:     sarifLevel(f.Severity),
			Message:   sarifMessage{Text: f.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: artifact(run.Root, f.File),
				Region:           newRegion(f.Range),
			}}},
		}
		if fix := newSARIFFix(run.Root, f); fix != nil {
			res.Fixes = []sarifFix{*fix}
		}
		out.Results = append(out.Results, res)
	}
	out.Tool.Driver = driver // addRule may have grown the catalogue

	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{out},
	})
}

// semver matches the versions that go install stamps for a release tag.
var semver = regexp.MustCompile(`^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`)

func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "note" // info and style, as hadolint maps them
}

func newSARIFRule(r *rules.Rule) sarifRule {
	out := sarifRule{
		ID:                   r.ID,
		Name:                 r.Name,
		ShortDescription:     sarifMessage{Text: truncate(r.Title, maxDescription)},
		FullDescription:      sarifMessage{Text: truncate(r.Description, maxDescription)},
		Help:                 sarifHelp{Text: sarifHelpText(r), Markdown: ruleMarkdown(r)},
		HelpURI:              r.HelpURI,
		DefaultConfiguration: sarifConfig{Level: sarifLevel(r.Severity)},
		Properties:           sarifRuleProps{Tags: ruleTags(r), SecuritySeverity: securitySeverity(r)},
	}
	if r.HelpURI != "" {
		// GitHub shows help.markdown but not helpUri.
		out.Help.Markdown += "\n[Documentation](" + r.HelpURI + ")\n"
	}
	if out.ShortDescription.Text == "" {
		out.ShortDescription.Text = r.Name // GitHub requires it
	}
	if out.FullDescription.Text == "" {
		out.FullDescription.Text = out.ShortDescription.Text
	}
	return out
}

// truncate shortens s to at most n characters, ending with an ellipsis at
// a word boundary when it has to cut.
func truncate(s string, n int) string {
	runes := []rune(s)
	if len(runes) <= n {
		return s
	}
	cut := string(runes[:n-1])
	if i := strings.LastIndexAny(cut, " \n"); i > 0 {
		cut = cut[:i]
	}
	return cut + "…"
}

// artifact locates a file: relative to the source root when it lies inside
// it, else by an absolute file URI.
func artifact(root, path string) sarifArtifact {
	rel, inside := relPath(root, path)
	if !inside {
		return sarifArtifact{URI: (&url.URL{Scheme: "file", Path: rel}).String()}
	}
	// String, unlike EscapedPath, keeps a colon in the first segment from
	// reading as a scheme.
	return sarifArtifact{URI: (&url.URL{Path: rel}).String(), URIBaseID: srcRoot}
}

// newRegion converts a range; ends that precede the start are left out, and
// a range without a line (the whole file) has no region.
func newRegion(rg dockerfile.Range) *sarifRegion {
	if rg.Line < 1 {
		return nil
	}
	out := &sarifRegion{StartLine: rg.Line, StartColumn: max(rg.Column, 0)}
	if rg.EndLine > rg.Line || (rg.EndLine == rg.Line && rg.EndColumn >= rg.Column) {
		out.EndLine = rg.EndLine
		out.EndColumn = max(rg.EndColumn, 0)
	}
	return out
}

// newSARIFFix converts a fix with at least one edit; SARIF cannot express
// a fix without changes.
func newSARIFFix(root string, f rules.Finding) *sarifFix {
	if f.Fix == nil || len(f.Fix.Edits) == 0 {
		return nil
	}
	change := sarifArtifactChange{ArtifactLocation: artifact(root, f.File)}
	for _, e := range f.Fix.Edits {
		region := newRegion(e.Range)
		if region == nil {
			return nil
		}
		change.Replacements = append(change.Replacements, sarifReplacement{
			DeletedRegion:   *region,
			InsertedContent: &sarifContent{Text: e.NewText},
		})
	}
	fix := &sarifFix{ArtifactChanges: []sarifArtifactChange{change}}
	if f.Fix.Description != "" {
		fix.Description = &sarifMessage{Text: f.Fix.Description}
	}
	return fix
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	ColumnKind  string            `json:"columnKind"`
	Invocations []sarifInvocation `json:"invocations"`
	Results     []sarifResult     `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifMessage   `json:"shortDescription"`
	FullDescription      sarifMessage   `json:"fullDescription"`
	Help                 sarifHelp      `json:"help"`
	HelpURI              string         `json:"helpUri,omitempty"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           sarifRuleProps `json:"properties"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags             []string `json:"tags"`
	SecuritySeverity string   `json:"security-severity,omitempty"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
	Fixes     []sarifFix      `json:"fixes,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifFix struct {
	Description     *sarifMessage         `json:"description,omitempty"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion   `json:"deletedRegion"`
	InsertedContent *sarifContent `json:"insertedContent,omitempty"`
}

type sarifContent struct {
	Text string `json:"text"`
}
