package rules

import (
	"context"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/ferrolint/ferrolint/dockerfile"
)

// shellcheckKeyRE matches shellcheck codes as written in ignore comments
// and --disable.
var shellcheckKeyRE = regexp.MustCompile(`(?i)^SC[0-9]{4}$`)

// shellcheckExcluded are codes that cannot be acted on in a Dockerfile:
// sourced files are not available (SC1090, SC1091).
const shellcheckExcluded = "SC1090,SC1091"

// posixShells are the shells shellcheck understands.
var posixShells = map[string]bool{"sh": true, "bash": true, "dash": true, "ash": true, "ksh": true, "busybox": true}

// shellcheck turns shellcheck's comments on the RUN bodies of a file into
// findings with Dockerfile positions, as one engine's settings say.
type shellcheck struct {
	runner   *Shellchecker
	disabled map[string]bool // upper-case SC codes not to report

	mu    sync.Mutex
	rules map[string]*Rule // one per code seen, shared by all findings
}

// script is one RUN body written for shellcheck. Line k (from 1) of the
// file is line firstLine+k-1-header of the Dockerfile; columns are equal
// because the first line is padded.
type script struct {
	text      string
	firstLine int
	header    int
}

// scComment is one entry of shellcheck's json1 output.
type scComment struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	EndLine   int    `json:"endLine"`
	Column    int    `json:"column"`
	EndColumn int    `json:"endColumn"`
	Level     string `json:"level"`
	Code      int    `json:"code"`
	Message   string `json:"message"`
}

// scriptsOf makes the scripts shellcheck reads of the shell RUN bodies of f.
func scriptsOf(f *dockerfile.File) []script {
	if f.Escape != `\` {
		return nil // continuation lines are not shell syntax then
	}
	var scripts []script
	pragmas := shellPragmas(f)
	final := map[int]string{} // the shell each stage ends with, for FROM <stage>
	for _, st := range f.Stages {
		shell := "/bin/sh"
		if sh, ok := final[st.From.BaseStage]; ok {
			shell = sh
		}
		if sh, ok := pragmas[st.Index]; ok {
			shell = sh
		}
		for _, in := range st.Instructions {
			if in.Keyword == "SHELL" && len(in.Args) > 0 {
				shell = in.Args[0].Value
			}
			run := in
			if in.Keyword == "ONBUILD" && in.Trigger != nil {
				run = in.Trigger // hadolint checks ONBUILD RUN too
			}
			if run.Keyword == "RUN" && run.Form == "shell" && len(run.Args) > 0 {
				scripts = append(scripts, runScripts(st, run, shell)...)
			}
		}
		final[st.Index] = shell
	}
	return scripts
}

// lint checks every shell RUN body of f and maps shellcheck's comments to
// positions in the Dockerfile.
func (sc *shellcheck) lint(ctx context.Context, f *dockerfile.File) ([]Finding, error) {
	scripts := scriptsOf(f)
	if len(scripts) == 0 {
		return nil, nil
	}
	texts := make([]string, len(scripts))
	for i, s := range scripts {
		texts[i] = s.text
	}
	comments, err := sc.runner.comments(ctx, texts)
	if err != nil {
		return nil, err
	}
	var fds []Finding
	for i, s := range scripts {
		for _, c := range comments[i] {
			if c.Line <= s.header {
				continue
			}
			code := fmt.Sprintf("SC%04d", c.Code)
			if sc.disabled[code] {
				continue
			}
			sev := shellcheckSeverity(c.Level)
			r := dockerfile.Range{Line: s.firstLine + c.Line - 1 - s.header, Column: c.Column, EndLine: s.firstLine + c.EndLine - 1 - s.header, EndColumn: c.EndColumn}
			if !f.Contains(r) {
				r = dockerfile.Range{Line: r.Line, Column: c.Column, EndLine: r.Line, EndColumn: c.Column}
			}
			fds = append(fds, Finding{Rule: sc.rule(code, sev), Severity: sev, Message: c.Message, File: f.Path, Range: r})
		}
	}
	return fds, nil
}

// rule returns the shared Rule of a shellcheck code.
func (sc *shellcheck) rule(code string, sev Severity) *Rule {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if r, ok := sc.rules[code]; ok {
		return r
	}
	r := &Rule{
		ID:          code,
		Name:        "shellcheck-" + strings.ToLower(code),
		Title:       "ShellCheck " + code,
		Description: "A finding of ShellCheck in a RUN body; its wiki page explains it.",
		Severity:    sev,
		HelpURI:     "https://www.shellcheck.net/wiki/" + code,
		Sources:     []string{"https://www.shellcheck.net/wiki/" + code},
	}
	sc.rules[code] = r
	return r
}

func shellcheckSeverity(level string) Severity {
	switch level {
	case "error":
		return Error
	case "warning":
		return Warning
	case "info":
		return Info
	}
	return Style
}

// runScripts makes the scripts of one shell-form RUN: its heredoc bodies
// when they are the script (RUN <<EOF, RUN bash <<EOF), else the command
// line as written, heredoc data included.
func runScripts(st *dockerfile.Stage, in *dockerfile.Instruction, shell string) []script {
	shebang := shell
	if !posixShells[path.Base(shell)] {
		return nil // PowerShell, cmd: not shell syntax
	}
	lines := strings.Split(in.Original, "\n")
	arg := in.Args[0].Range
	if len(in.Heredocs) > 0 {
		if sh, ok := heredocShell(in.Args[0].Value, in.Heredocs); ok {
			if sh != "" {
				shebang = sh
			}
			var out []script
			for _, h := range in.Heredocs {
				if h.Range.Line <= 0 || h.Body == "" {
					continue
				}
				body := h.Body
				header := 2
				if strings.HasPrefix(body, "#!") {
					first, _, _ := strings.Cut(body, "\n")
					if !posixShells[shebangShell(first)] {
						continue
					}
					header = 0
				}
				text := body
				if header > 0 {
					text = prelude(shebang, varNames(st, in)) + body
				}
				out = append(out, script{text: text, firstLine: h.Range.Line, header: header})
			}
			return out
		}
	}
	first := arg.Line - in.Range.Line
	last := in.Range.EndLine - in.Range.Line
	if first < 0 || last >= len(lines) {
		return nil
	}
	var sb strings.Builder
	sb.WriteString(prelude(shebang, varNames(st, in)))
	for i := first; i <= last; i++ {
		line := strings.TrimRight(lines[i], "\r")
		switch {
		case i == first:
			// Blank out the keyword and flags so columns stay those of the
			// file; Original starts at the keyword, past any indentation.
			if i == 0 {
				line = strings.Repeat(" ", in.Range.Column-1) + line
			}
			r := []rune(line)
			pad := min(arg.Column-1, len(r))
			line = strings.Repeat(" ", pad) + string(r[pad:])
		case i <= arg.EndLine-in.Range.Line && droppedLine(line):
			// BuildKit drops comments and blank lines inside continuations;
			// a lone backslash continues the shell line the same way.
			line = `\`
		}
		sb.WriteString(line)
		sb.WriteString("\n")
	}
	return []script{{text: sb.String(), firstLine: arg.Line, header: 2}}
}

func droppedLine(line string) bool {
	t := strings.TrimSpace(line)
	return t == "" || strings.HasPrefix(t, "#")
}

// prelude is the shebang and an export of every ARG and ENV name in scope,
// two lines. The names are exported without values: shellcheck then knows
// they are set, but not to what (a build argument can change them).
func prelude(shell string, names []string) string {
	exports := ":"
	if len(names) > 0 {
		exports = "export " + strings.Join(names, " ")
	}
	return "#!" + shell + "\n" + exports + "\n"
}

// varNames lists the ARG and ENV names set before in: its env, and the
// ARGs declared without a value, whose value comes from --build-arg.
func varNames(st *dockerfile.Stage, in *dockerfile.Instruction) []string {
	set := map[string]bool{}
	for k := range in.Env {
		set[k] = true
	}
	for _, x := range st.Instructions {
		if x.Index < in.Index && x.Keyword == "ARG" {
			for _, p := range x.Pairs {
				set[p.Key] = true
			}
		}
	}
	names := make([]string, 0, len(set))
	for k := range set {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

// heredocRE matches heredoc markers such as <<EOF, <<-"EOF" and <<'EOF'.
var heredocRE = regexp.MustCompile(`<<-?\s*["']?[A-Za-z_][A-Za-z0-9_]*["']?`)

// heredocShell reports whether the heredocs of a RUN are its script: the
// command line is only heredoc markers, or a shell reading standard input.
// It returns that shell ("" for the default).
func heredocShell(cmdline string, heredocs []*dockerfile.Heredoc) (string, bool) {
	rest := strings.Fields(heredocRE.ReplaceAllString(cmdline, " "))
	if len(rest) == 0 {
		return "", true
	}
	if !posixShells[path.Base(rest[0])] {
		return "", false
	}
	for _, a := range rest[1:] {
		if strings.HasPrefix(a, "-") && !strings.HasPrefix(a, "--") && strings.Contains(a, "c") {
			return "", false // sh -c '...': the heredoc is its input, not its script
		}
	}
	return rest[0], true
}

func newShellcheck(runner *Shellchecker, disabled map[string]bool) *shellcheck {
	return &shellcheck{runner: runner, disabled: disabled, rules: map[string]*Rule{}}
}

// splitShellcheckKeys separates SC codes (and "shellcheck", all of them)
// from the keys that name rules, since shellcheck's rules exist only once
// seen. all is set under the key "*".
func splitShellcheckKeys(keys []string) (rest []string, sc map[string]bool) {
	sc = map[string]bool{}
	for _, k := range keys {
		switch {
		case shellcheckKeyRE.MatchString(k):
			sc[strings.ToUpper(k)] = true
		case strings.EqualFold(k, "shellcheck"):
			sc["*"] = true
		default:
			rest = append(rest, k)
		}
	}
	return rest, sc
}

// ShellcheckPath is the shellcheck the engine runs; "" when it was not
// asked for or is not on PATH.
func (e *Engine) ShellcheckPath() string {
	if e.sc == nil {
		return ""
	}
	return e.sc.runner.Path()
}

// runShellcheck appends shellcheck's findings and reports whether it ran.
func (e *Engine) runShellcheck(ctx context.Context, f *dockerfile.File, out []Finding) ([]Finding, bool, error) {
	if e.sc == nil || e.sc.runner.Path() == "" || e.sc.disabled["*"] || len(f.Stages) == 0 {
		return out, false, nil
	}
	fds, err := e.sc.lint(ctx, f)
	if err != nil {
		return nil, false, err
	}
	return append(out, fds...), true, nil
}

// knownRule reports whether key names any rule, enabled or not.
func (e *Engine) knownRule(key string) bool {
	for _, r := range e.all {
		if r.Matches(key) {
			return true
		}
	}
	return false
}

// shebangShell is the program a #! line runs, seeing through env.
func shebangShell(line string) string {
	fields := strings.Fields(strings.TrimPrefix(line, "#!"))
	if len(fields) > 1 && path.Base(fields[0]) == "env" {
		fields = fields[1:]
	}
	if len(fields) == 0 {
		return ""
	}
	return path.Base(fields[0])
}

var shellPragmaRE = regexp.MustCompile(`^hadolint\s+shell\s*=\s*(\S+)$`)

// shellPragmas reads hadolint's "# hadolint shell=NAME" comments, which name
// the shell of non-POSIX images: above the first FROM for every stage, else
// for the stage the comment is in (or that starts after it).
func shellPragmas(f *dockerfile.File) map[int]string {
	out := map[int]string{}
	for _, c := range f.Comments {
		m := shellPragmaRE.FindStringSubmatch(c.Text)
		if m == nil {
			continue
		}
		for _, st := range f.Stages {
			if c.Range.Line < f.Stages[0].Range.Line || c.Range.Line <= st.Range.EndLine && (st.Index == 0 || c.Range.Line > f.Stages[st.Index-1].Range.EndLine) {
				out[st.Index] = m[1]
			}
		}
	}
	return out
}
