package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/report"
	"github.com/ferrolint/ferrolint/rules"
)

// The rows of the bad-input table that need generated files; the others
// are testdata/script/badinput*.txtar.

// run calls Main in the working directory dir and returns the exit code,
// stdout and stderr.
func run(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	code := Main(args, strings.NewReader(""), &stdout, &stderr)
	if strings.Contains(stderr.String(), "goroutine ") || strings.Contains(stdout.String(), "panic") {
		t.Errorf("a panic escaped:\n%s%s", stdout.String(), stderr.String())
	}
	return code, stdout.String(), stderr.String()
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// jsonFiles decodes a --format json report's files[].
func jsonFiles(t *testing.T, out string) []struct{ Path, Error string } {
	t.Helper()
	var doc struct {
		Files []struct{ Path, Error string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("the JSON report does not parse: %v\n%s", err, out)
	}
	return doc.Files
}

func TestFiftyMegabyteFile(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: a scale test, not a race test")
	}
	dir := t.TempDir()
	// BuildKit caps a line at 64 KiB, so the bulk is long comment lines.
	var b bytes.Buffer
	b.WriteString("FROM debian:13.2-slim\n")
	line := "# " + strings.Repeat("c", 32000) + "\n"
	for b.Len() < 50<<20 {
		b.WriteString(line)
	}
	b.WriteString("USER 1000\n")
	write(t, filepath.Join(dir, "Dockerfile"), b.Bytes())

	code, stdout, _ := run(t, dir, "Dockerfile")
	if code != exitError || !strings.Contains(stdout, "error: Dockerfile: file is larger than the size limit of 10485760 bytes (--max-file-size)\n") {
		t.Errorf("default limit: exit %d\n%s", code, stdout)
	}
	start := time.Now()
	code, stdout, _ = run(t, dir, "--max-file-size", "60000000", "Dockerfile")
	took := time.Since(start)
	t.Logf("linting %d bytes took %s", b.Len(), took)
	if code != exitOK || stdout != "no problems in 1 file\n" {
		t.Errorf("raised limit: exit %d\n%s", code, stdout)
	}
	if took > 3*time.Minute {
		t.Errorf("took %s", took)
	}
}

func TestOneMegabyteLine(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "Dockerfile"), []byte("FROM debian:13.2-slim\nRUN echo "+strings.Repeat("a", 1<<20)+"\n"))
	code, stdout, _ := run(t, dir, "--format", "json", "Dockerfile")
	if code != exitFindings || !strings.Contains(stdout, `"rule": "FL000",`) ||
		!strings.Contains(stdout, `"message": "dockerfile line greater than max allowed size of 65535",
      "file": "Dockerfile",
      "line": 1,`) {
		t.Errorf("exit %d\n%.2000s", code, stdout)
	}
}

// TestTenThousandStages: rules that are quadratic in the stages may hit the
// timeout; then the error names them, the others still report, and the
// run stays bounded.
func TestTenThousandStages(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: a scale test, not a race test")
	}
	dir := t.TempDir()
	var b strings.Builder
	for i := range 10000 {
		fmt.Fprintf(&b, "FROM debian:13.2-slim AS s%d\nUSER %d\n", i, 1000+i)
	}
	write(t, filepath.Join(dir, "Dockerfile"), []byte(b.String()))
	start := time.Now()
	code, stdout, _ := run(t, dir, "--timeout", "2s", "--format", "json", "Dockerfile")
	took := time.Since(start)
	t.Logf("10000 stages took %s, exit %d", took, code)
	files := jsonFiles(t, stdout)
	if len(files) != 1 {
		t.Fatalf("files = %+v", files)
	}
	timedOut := regexp.MustCompile(`^rule [A-Z]+[0-9]+: evaluation did not finish within 2s \(--timeout\)$`)
	if files[0].Error != "" {
		for l := range strings.SplitSeq(files[0].Error, "\n") {
			if !timedOut.MatchString(l) {
				t.Errorf("unexpected error line %q", l)
			}
		}
	}
	if files[0].Error != "" && code != exitError || files[0].Error == "" && code > exitFindings {
		t.Errorf("exit %d with error %q", code, files[0].Error)
	}
	if took > 3*time.Minute {
		t.Errorf("took %s", took)
	}
}

// TestExponentialSubstitution: A1=$A0$A0, A2=$A1$A1, ... would need 2^39
// bytes; expansion stops at the budget and keeps the rest as written.
func TestExponentialSubstitution(t *testing.T) {
	var b strings.Builder
	b.WriteString("ARG A0=xxxxxxxxxxxxxxxx\n")
	for i := 1; i < 40; i++ {
		fmt.Fprintf(&b, "ARG A%d=${A%d}${A%d}\n", i, i-1, i-1)
	}
	b.WriteString("FROM debian:${A39}\nENV E=${A19}${A19}\nRUN echo $A19 $A19 $A19 $A19\n")
	start := time.Now()
	f, err := dockerfile.Parse("Dockerfile", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("parsing took %s", d)
	}
	got := map[string]int{}
	for _, a := range f.GlobalArgs {
		got[a.Key] = len(a.Value)
	}
	if got["A19"] != 16<<19 || f.GlobalArgs[20].Value != "${A19}${A19}" || f.Stages[0].From.Resolved != "debian:${A39}" {
		t.Errorf("A19 %d bytes, A20 %q, FROM %q", got["A19"], f.GlobalArgs[20].Value, f.Stages[0].From.Resolved)
	}
	run := f.Stages[0].Instructions[2]
	if len(run.Commands) != 1 || strings.Join(run.Commands[0].Args[1:], " ") != "$A19 $A19 $A19 $A19" {
		t.Errorf("RUN args kept as written? %.100q", run.Commands[0].Args)
	}
}

// panicReader stands for a bug anywhere in reading, parsing or linting.
type panicReader struct{}

func (panicReader) Read([]byte) (int, error) { panic("boom") }

// TestPanicIsContained: a panic while one file is linted is that file's
// error; the other files are linted and the run exits 2.
func TestPanicIsContained(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.Dockerfile", "c.Dockerfile"} {
		write(t, filepath.Join(dir, name), []byte("FROM debian:13.2-slim\nFORM x\n"))
	}
	engine, err := rules.New(rules.Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := &linter{engine: engine, stdin: panicReader{}, maxSize: 1 << 20}
	targets := []target{{path: filepath.Join(dir, "a.Dockerfile")}, {path: "b", stdin: true}, {path: filepath.Join(dir, "c.Dockerfile")}}
	results := l.lintAll(context.Background(), targets)
	if results[1].Err == nil || results[1].Err.Error() != "internal error: boom" {
		t.Errorf("b: err = %v", results[1].Err)
	}
	for _, i := range []int{0, 2} {
		if results[i].Err != nil || len(results[i].Findings) == 0 {
			t.Errorf("%s: err %v, %d findings", results[i].Path, results[i].Err, len(results[i].Findings))
		}
	}
	if code := exitCode(results, rules.Warning, true); code != exitError {
		t.Errorf("exit %d", code)
	}
}

// TestParallelEqualsSequential lints many real Dockerfiles on all workers
// and one at a time: the reports must be byte for byte the same.
func TestParallelEqualsSequential(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/*/*.Dockerfile")
	corpus, _ := filepath.Glob("../../../shared/corpus/dev/*.Dockerfile")
	paths = append(paths, corpus...)
	copies := 2 // 324 files; -short (used with -race) lints each once
	if testing.Short() {
		copies = 1
	}
	dir := t.TempDir()
	var targets []target
	for c := range copies {
		for i, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Join(dir, fmt.Sprintf("%02d-%03d.Dockerfile", c, i))
			write(t, name, data)
			targets = append(targets, target{path: name})
		}
	}
	engine, err := rules.New(rules.Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := &linter{engine: engine, maxSize: 10 << 20}
	parallel := l.lintAll(context.Background(), targets)
	sequential := make([]report.Result, len(targets))
	for i, tg := range targets {
		sequential[i] = l.lint(context.Background(), tg)
	}
	render := func(rs []report.Result) string {
		var b bytes.Buffer
		if err := report.JSON(&b, rs, "test"); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if p, s := render(parallel), render(sequential); p != s {
		t.Errorf("parallel and sequential reports differ (%d files)", len(targets))
	}
	if !reflect.DeepEqual(errs(parallel), errs(sequential)) {
		t.Errorf("errors differ")
	}
	t.Logf("%d files", len(targets))
}

func errs(rs []report.Result) []string {
	var out []string
	for _, r := range rs {
		if r.Err != nil {
			out = append(out, r.Path+": "+r.Err.Error())
		}
	}
	return out
}
