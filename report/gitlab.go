package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/ferrolint/ferrolint/rules"
)

// GitLab writes a GitLab Code Quality report: a JSON array of issues.
func GitLab(w io.Writer, run Run) error {
	out := []gitlabIssue{}
	for _, r := range run.Results {
		lines := splitLines(r.Source)
		seen := map[string]int{}
		for _, f := range sortedFindings([]Result{r}) { // occurrences count in text order
			rel, _ := relPath(run.Root, f.File)
			key := fingerprintKey(rel, f, lineText(lines, f.Range.Line))
			out = append(out, gitlabIssue{
				Description: f.Message + " [" + f.Rule.ID + "]",
				CheckName:   f.Rule.ID,
				Fingerprint: fingerprint(key, seen[key]),
				Severity:    gitlabSeverity(f.Severity),
				Location:    gitlabLocation{Path: rel, Lines: gitlabLines{Begin: max(f.Range.Line, 1)}},
			})
			seen[key]++
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// fingerprintKey identifies a finding by what it says and where in the
// text, not by line number, so that it survives edits elsewhere in the file.
func fingerprintKey(path string, f rules.Finding, line string) string {
	return strings.Join([]string{path, f.Rule.ID, f.Message, strings.TrimSpace(line)}, "\x00")
}

// fingerprint hashes a key with the count of earlier findings that had the
// same key, so that identical findings stay distinct: GitLab merges issues
// whose fingerprints are equal.
func fingerprint(key string, occurrence int) string {
	sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(occurrence)))
	return hex.EncodeToString(sum[:])
}

// lineText returns line n (1-based) of lines, or "" when there is none.
func lineText(lines []string, n int) string {
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// gitlabSeverity maps severities onto Code Quality's five levels: an error
// (the image does not build or run) blocks, as in hadolint.
func gitlabSeverity(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "blocker"
	case rules.Warning:
		return "major"
	case rules.Info:
		return "minor"
	}
	return "info"
}

type gitlabIssue struct {
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Location    gitlabLocation `json:"location"`
}

type gitlabLocation struct {
	Path  string      `json:"path"`
	Lines gitlabLines `json:"lines"`
}

type gitlabLines struct {
	Begin int `json:"begin"`
}
