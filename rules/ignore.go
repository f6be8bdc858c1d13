package rules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/ferrolint/ferrolint/dockerfile"
)

// UnusedIgnoreRule reports ignore comments that suppress nothing, so stale
// exceptions do not pile up. It runs only with Options.WarnUnusedIgnores.
var UnusedIgnoreRule = &Rule{
	ID:    "FL001",
	Name:  "unused-ignore",
	Title: "Ignore comment suppresses nothing",
	Description: "An ignore comment (`# ferrolint ignore=`, `# hadolint ignore=`, `# check=skip=`) names a rule " +
		"that reports nothing where the comment applies, or a rule ferrolint does not know.",
	Severity: Warning,
	Fix:      "Remove the rule from the comment, or the comment.",
	HelpURI:  DocURI("FL001"),
	Examples: Examples{
		// distroless :nonroot already runs as 65532, so RS004 has nothing to say.
		Bad:  "FROM gcr.io/distroless/static-debian13:nonroot\n# ferrolint ignore=RS004\nCOPY app /app\nENTRYPOINT [\"/app\"]\n",
		Good: "FROM gcr.io/distroless/static-debian13:nonroot\nCOPY app /app\nENTRYPOINT [\"/app\"]\n",
	},
	Sources: []string{"https://docs.docker.com/build/checks/", "https://github.com/hadolint/hadolint"},
}

// buildkitChecks are BuildKit's check names: # check=skip=all suppresses the
// rules that stand for one of them.
var buildkitChecks = map[string]bool{
	"StageNameCasing": true, "FromAsCasing": true, "MaintainerDeprecated": true,
	"InvalidDefinitionDescription": true, "NoEmptyContinuation": true,
	"ConsistentInstructionCasing": true, "DuplicateStageName": true, "ReservedStageName": true,
	"InvalidDefaultArgInFrom": true, "UndefinedArgInFrom": true, "RedundantTargetPlatform": true,
	"FromPlatformFlagConstDisallowed": true, "JSONArgsRecommended": true,
	"MultipleInstructionsDisallowed": true, "LegacyKeyValueFormat": true,
	"SecretsUsedInArgOrEnv": true, "WorkdirRelativePath": true, "UndefinedVar": true,
	"ExposeProtoCasing": true, "ExposeInvalidFormat": true, "CopyIgnoredFile": true,
	"InvalidBaseImagePlatform": true,
}

// ignore is one rule key of one ignore comment and where it applies.
type ignore struct {
	key     string // an ID, name or alias; "all" for # check=skip=all
	comment dockerfile.Comment
	what    string           // how the comment is written, for messages
	scope   dockerfile.Range // lines it covers; zero: the whole file
	whole   bool
	used    bool
}

// covers reports whether the ignore suppresses fd.
func (ig *ignore) covers(fd Finding) bool {
	if !ig.whole && (fd.Range.Line < ig.scope.Line || fd.Range.Line > ig.scope.EndLine) {
		return false
	}
	if ig.key == "all" {
		for _, a := range fd.Rule.Aliases {
			if buildkitChecks[a] {
				return true
			}
		}
		return false
	}
	return fd.Rule.Matches(ig.key)
}

var (
	// ferrolint [global] ignore=A,B [reason="..."]
	ferrolintIgnoreRE = regexp.MustCompile(`^ferrolint\s+(global\s+)?ignore\s*=\s*([\w.-]+(?:\s*,\s*[\w.-]+)*)\s*(?:reason\s*=.*)?$`)
	// hadolint [global|stage] ignore=A,B [# comment]
	directiveRE      = regexp.MustCompile(`^[A-Za-z]+\s*=`)
	hadolintIgnoreRE = regexp.MustCompile(`^hadolint\s+(?:(global|stage)\s+)?ignore\s*=\s*([\w.-]+(?:\s*,\s*[\w.-]+)*)\s*(?:#.*)?$`)
)

// ignores reads the ignore comments and the check directive of f.
func ignores(f *dockerfile.File) []*ignore {
	var out []*ignore
	add := func(keys string, c dockerfile.Comment, what string, scope dockerfile.Range, whole bool) {
		for k := range strings.SplitSeq(keys, ",") {
			if k = strings.TrimSpace(k); k != "" {
				out = append(out, &ignore{key: k, comment: c, what: what, scope: scope, whole: whole})
			}
		}
	}
	if skip, ok := checkSkip(f.Directives["check"]); ok {
		add(skip, dockerfile.Comment{Text: "check=" + f.Directives["check"], Range: dockerfile.Range{Line: 1, Column: 1, EndLine: 1, EndColumn: 1}}, "check=skip", dockerfile.Range{}, true)
	}
	instrs := instructionRanges(f)
	directive := true // parser directives occupy the first lines, one per line
	for i, c := range f.Comments {
		if directive = directive && c.Range.Line == i+1 && directiveRE.MatchString(c.Text); directive {
			continue // read above from f.Directives
		}
		next, ok := nextInstruction(instrs, c.Range.Line)
		if m := ferrolintIgnoreRE.FindStringSubmatch(c.Text); m != nil {
			if m[1] != "" {
				add(m[2], c, "ferrolint global ignore", dockerfile.Range{}, true)
			} else if ok {
				add(m[2], c, "ferrolint ignore", next, false)
			}
			continue
		}
		if m := hadolintIgnoreRE.FindStringSubmatch(c.Text); m != nil {
			switch {
			case m[1] == "global":
				add(m[2], c, "hadolint global ignore", dockerfile.Range{}, true)
			case m[1] == "stage" && ok:
				if st := stageAt(f, next.Line); st != nil {
					add(m[2], c, "hadolint stage ignore", st.Range, false)
				}
			case m[1] == "" && ok:
				add(m[2], c, "hadolint ignore", next, false)
			}
			continue
		}
		if v, found := strings.CutPrefix(c.Text, "check="); found && ok {
			// BuildKit ignores the text after the first space: room for a reason.
			v, _, _ = strings.Cut(v, " ")
			if skip, ok := checkSkip(v); ok {
				add(skip, c, "check=skip", next, false)
			}
		}
	}
	return out
}

// checkSkip reads the skip= list of a BuildKit check value such as
// "skip=A,B;error=true".
func checkSkip(v string) (string, bool) {
	for part := range strings.SplitSeq(v, ";") {
		if list, ok := strings.CutPrefix(strings.TrimSpace(part), "skip="); ok {
			return list, true
		}
	}
	return "", false
}

// instructionRanges lists the ranges of all instructions in file order,
// the global ARGs included.
func instructionRanges(f *dockerfile.File) []dockerfile.Range {
	var out []dockerfile.Range
	for _, a := range f.GlobalArgs {
		out = append(out, a.Range)
	}
	for _, st := range f.Stages {
		for _, in := range st.Instructions {
			out = append(out, in.Range)
		}
	}
	return out
}

// nextInstruction finds the instruction a comment on line precedes, with
// only comments and blank lines between them. A comment inside an
// instruction (between continuation lines) precedes none.
func nextInstruction(instrs []dockerfile.Range, line int) (dockerfile.Range, bool) {
	var best dockerfile.Range
	for _, r := range instrs {
		if r.Line <= line && line <= r.EndLine {
			return dockerfile.Range{}, false
		}
		if r.Line > line && (best.Line == 0 || r.Line < best.Line) {
			best = r
		}
	}
	return best, best.Line != 0
}

func stageAt(f *dockerfile.File, line int) *dockerfile.Stage {
	for _, st := range f.Stages {
		if st.Range.Line == line {
			return st
		}
	}
	return nil
}

// applyIgnores drops the findings an ignore comment covers. With warnUnused
// it adds an FL001 finding for every ignore key that covered nothing; keys
// naming rules that did not run (disabled, or shellcheck missing) are not
// judged.
func (e *Engine) applyIgnores(f *dockerfile.File, fds []Finding, shellcheckRan bool) []Finding {
	igs := ignores(f)
	if len(igs) == 0 {
		return fds
	}
	kept := fds[:0:0]
	for _, fd := range fds {
		suppressed := false
		for _, ig := range igs {
			if ig.covers(fd) {
				ig.used, suppressed = true, true
			}
		}
		if !suppressed {
			kept = append(kept, fd)
		}
	}
	if !e.warnUnused {
		return kept
	}
	for _, ig := range igs {
		if ig.used {
			continue
		}
		msg, judge := e.unusedMessage(ig, shellcheckRan)
		if !judge {
			continue
		}
		fd := Finding{Rule: UnusedIgnoreRule, Severity: UnusedIgnoreRule.Severity, Message: msg, File: f.Path, Range: ig.comment.Range}
		covered := false
		for _, other := range igs {
			covered = covered || other.covers(fd)
		}
		if !covered {
			kept = append(kept, fd)
		}
	}
	return kept
}

// unusedMessage says why an unused ignore key is reported, and whether it
// is reported at all.
func (e *Engine) unusedMessage(ig *ignore, shellcheckRan bool) (string, bool) {
	if ig.key == "all" {
		return fmt.Sprintf("%s=all suppresses nothing: no BuildKit check reports anything here", ig.what), true
	}
	if shellcheckKeyRE.MatchString(ig.key) {
		return fmt.Sprintf("%s of %s suppresses nothing", ig.what, ig.key), shellcheckRan
	}
	for _, r := range e.rules {
		if r.Matches(ig.key) {
			return fmt.Sprintf("%s of %s suppresses nothing: %s (%s) reports nothing here", ig.what, ig.key, r.ID, r.Name), true
		}
	}
	if e.knownRule(ig.key) {
		return "", false // disabled: it could not report anything
	}
	return fmt.Sprintf("%s of %s suppresses nothing: no rule has that ID, name or alias", ig.what, ig.key), true
}
