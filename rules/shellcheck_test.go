package rules

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/dockerfile"
)

// needShellcheck skips without shellcheck on PATH, except in CI, which
// installs it.
func needShellcheck(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("shellcheck"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("shellcheck is not on PATH; CI installs it")
		}
		t.Skip("shellcheck is not on PATH")
	}
}

// shellcheckFindings lints src with shellcheck only (the Rego rules of an
// empty pack) and returns "ID line:col-endline:endcol severity message".
func shellcheckFindings(t *testing.T, opts Options, src string) []string {
	t.Helper()
	opts.Shellcheck = true
	e, err := newEngine(ignorePack(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	fds, err := lint(t, e, src)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, fd := range fds {
		if !strings.HasPrefix(fd.Rule.ID, "SC") {
			continue
		}
		r := fd.Range
		out = append(out, fmt.Sprintf("%s %d:%d-%d:%d %s %s", fd.Rule.ID, r.Line, r.Column, r.EndLine, r.EndColumn, fd.Severity, fd.Message))
	}
	return out
}

func TestShellcheckPositions(t *testing.T) {
	needShellcheck(t)
	const quote = "info Double quote to prevent globbing and word splitting."
	for _, tc := range []struct {
		name, src string
		want      []string
	}{{
		name: "after the flags of the first line",
		src:  "FROM debian:12\nARG dir=/x\nRUN --mount=type=cache,target=/root/.cache ls $dir\n",
		want: []string{"SC2086 3:47-3:51 " + quote},
	}, {
		name: "on an indented line",
		src:  "FROM debian:12\nARG dir=/x\n    RUN ls $dir\n",
		want: []string{"SC2086 3:12-3:16 " + quote},
	}, {
		name: "in an ONBUILD RUN",
		src:  "FROM debian:12\nARG dir=/x\nONBUILD RUN ls $dir && \\\n  ls $dir\n",
		want: []string{"SC2086 3:16-3:20 " + quote, "SC2086 4:6-4:10 " + quote},
	}, {
		name: "on a continuation line, past a comment and a blank line",
		src:  "FROM debian:12\nARG dir=/x\nRUN true && \\\n    # a comment\n\n    ls $dir\n",
		want: []string{"SC2086 6:8-6:12 " + quote},
	}, {
		name: "in a heredoc body",
		src:  "FROM debian:12\nRUN <<EOF\necho start\ncd /tmp; ls\nEOF\n",
		want: []string{"SC2164 4:1-4:8 warning Use 'cd ... || exit' or 'cd ... || return' in case cd fails."},
	}, {
		name: "in a heredoc read by bash, which has no bashism warnings",
		src:  "FROM debian:12\nRUN bash <<EOF\n[[ -d /x ]] && source /x/env\nEOF\n",
		want: nil,
	}, {
		name: "a bashism under the default /bin/sh",
		src:  "FROM debian:12\nRUN [[ -d /x ]] && echo yes\n",
		want: []string{"SC3010 2:5-2:16 warning In POSIX sh, [[ ]] is undefined."},
	}, {
		name: "SHELL bash allows it",
		src:  "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN [[ -d /x ]] && echo yes\n",
		want: nil,
	}, {
		name: "PowerShell and exec form are not shell scripts",
		src:  "FROM debian:12\nRUN [\"ls\", \"$x\"]\nSHELL [\"pwsh\", \"-Command\"]\nRUN ls $x\n",
		want: nil,
	}, {
		name: "a SHELL is inherited through FROM <stage>",
		src:  "FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-c\"]\nFROM base\nRUN [[ -d /x ]] && echo yes\n",
		want: nil,
	}, {
		name: "hadolint's shell pragma names a non-POSIX shell",
		src:  "# hadolint shell=powershell\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN ls $x\n",
		want: nil,
	}, {
		name: "a shell pragma in a stage applies to that stage only",
		src:  "FROM a AS one\n# hadolint shell=pwsh\nRUN ls $1\nFROM b\nRUN ls $1\n",
		want: []string{"SC2086 5:8-5:10 " + quote},
	}, {
		name: "ARG and ENV names count as assigned",
		src:  "FROM debian:12\nARG version\nENV home=/h\nRUN echo \"$version $home\"\n",
		want: nil,
	}, {
		name: "an unassigned lower-case variable",
		src:  "FROM debian:12\nRUN echo \"$version\"\n",
		want: []string{"SC2154 2:11-2:19 warning version is referenced but not assigned."},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got := shellcheckFindings(t, Options{Disable: []string{"TT001", "TT002"}}, tc.src)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestShellcheckDisableAndIgnore(t *testing.T) {
	needShellcheck(t)
	src := "FROM debian:12\nARG dir=/x\nRUN ls $dir\n# hadolint ignore=SC2086\nRUN ls $dir\n"
	if got := shellcheckFindings(t, Options{}, src); len(got) != 1 || !strings.HasPrefix(got[0], "SC2086 3:8-3:12 ") {
		t.Errorf("with the ignore comment: got %q, want only the SC2086 of line 3", got)
	}
	for _, key := range []string{"SC2086", "sc2086", "shellcheck"} {
		if got := shellcheckFindings(t, Options{Disable: []string{key}}, src); len(got) != 0 {
			t.Errorf("--disable %s: got %q", key, got)
		}
	}
}

func TestShellcheckRulesAreShared(t *testing.T) {
	needShellcheck(t)
	e, err := newEngine(ignorePack(t), Options{Shellcheck: true})
	if err != nil {
		t.Fatal(err)
	}
	var rules []*Rule
	for range 2 {
		f, err := dockerfile.Parse("Dockerfile", []byte("FROM a\nRUN ls $1\n"))
		if err != nil {
			t.Fatal(err)
		}
		fds, err := e.Lint(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		for _, fd := range fds {
			if fd.Rule.ID == "SC2086" {
				rules = append(rules, fd.Rule)
			}
		}
	}
	if len(rules) != 2 || rules[0] != rules[1] {
		t.Fatalf("rules = %v, want one shared SC2086 rule twice", rules)
	}
	r := rules[0]
	if r.Name != "shellcheck-sc2086" || r.Severity != Info || r.HelpURI != "https://www.shellcheck.net/wiki/SC2086" {
		t.Errorf("rule = %+v", r)
	}
}

func TestShellcheckMissingIsNotAnError(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	e, err := newEngine(ignorePack(t), Options{Shellcheck: true})
	if err != nil {
		t.Fatal(err)
	}
	if e.ShellcheckPath() != "" {
		t.Fatalf("ShellcheckPath = %q with an empty PATH", e.ShellcheckPath())
	}
	f, err := dockerfile.Parse("Dockerfile", []byte("FROM a\nRUN ls $1\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Lint(context.Background(), f); err != nil {
		t.Fatal(err)
	}
}

// TestShellcheckerBatches checks that prefetched files are checked in a
// process per core, that linting them then starts none, and that the
// findings are those of a file checked on its own.
func TestShellcheckerBatches(t *testing.T) {
	needShellcheck(t)
	srcs := []string{
		"FROM debian:13\nRUN ls $HOME/x\n",
		"FROM debian:13\nRUN echo $1\nRUN ls $HOME/x\n",
		"FROM debian:13\nRUN cd /tmp\n",
	}
	alone := NewShellchecker()
	shared := NewShellchecker()
	var files []*dockerfile.File
	for i, src := range srcs {
		f, err := dockerfile.Parse(fmt.Sprintf("%d.Dockerfile", i), []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	shared.Prefetch(context.Background(), files)
	for _, f := range files {
		var got [2][]string
		for k, runner := range []*Shellchecker{alone, shared} {
			e, err := newEngine(ignorePack(t), Options{Shellcheck: true, Shellchecker: runner})
			if err != nil {
				t.Fatal(err)
			}
			fds, err := e.Lint(context.Background(), f)
			if err != nil {
				t.Fatal(err)
			}
			for _, fd := range fds {
				got[k] = append(got[k], fmt.Sprintf("%s %v %s", fd.Rule.ID, fd.Range, fd.Message))
			}
		}
		if strings.Join(got[0], "\n") != strings.Join(got[1], "\n") || len(got[0]) == 0 {
			t.Errorf("%s: alone %q, prefetched %q", f.Path, got[0], got[1])
		}
	}
	// Four scripts, three distinct, on at most GOMAXPROCS processes.
	if n, most := shared.processes.Load(), int64(cap(shared.slots)); n < 1 || n > most {
		t.Errorf("prefetching ran %d processes, want 1..%d", n, most)
	}
	before := shared.processes.Load()
	e, _ := newEngine(ignorePack(t), Options{Shellcheck: true, Shellchecker: shared})
	for _, f := range files {
		if _, err := e.Lint(context.Background(), f); err != nil {
			t.Fatal(err)
		}
	}
	if n := shared.processes.Load(); n != before {
		t.Errorf("linting prefetched files again ran %d processes", n-before)
	}
}

// A long-running Shellchecker forgets finished checks past scKeep texts,
// never one still running.
func TestShellcheckerForgets(t *testing.T) {
	s := &Shellchecker{slots: make(chan struct{}, 1), jobs: map[string]*scJob{}}
	running := &scJob{ready: make(chan struct{})}
	s.jobs["running"] = running
	for i := range scKeep {
		j := &scJob{ready: make(chan struct{})}
		close(j.ready)
		s.jobs[fmt.Sprint(i)] = j
	}
	jobs, batches := s.start(context.Background(), []string{"new", "running"})
	if len(s.jobs) != 2 || s.jobs["running"] != running || jobs[1] != running || s.jobs["new"] != jobs[0] {
		t.Errorf("after forgetting: %d jobs kept, running kept: %v", len(s.jobs), s.jobs["running"] == running)
	}
	if len(batches) != 1 {
		t.Errorf("%d batches for one new text", len(batches))
	}
}
