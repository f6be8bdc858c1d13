package cli

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/internal/lsp"
	"github.com/ferrolint/ferrolint/internal/lsp/lsptest"
)

// lspFiles writes files under a temporary directory and returns it.
func lspFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func fileURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

// startLSP starts a session with the linter serveLSP uses, for the
// flags in args, and initializes it.
func startLSP(t *testing.T, args ...string) *lsptest.Client {
	t.Helper()
	opts, err := parseOptions(args)
	if err != nil {
		t.Fatal(err)
	}
	c := lsptest.Start(t, newBufferLinter(opts, os.Stderr))
	if err := c.Call("initialize", map[string]any{"capabilities": map[string]any{}}, new(any)); err != nil {
		t.Fatal(err)
	}
	c.Notify("initialized", map[string]any{})
	return c
}

func lspOpen(c *lsptest.Client, uri, text string) {
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "dockerfile", "version": 1, "text": text}})
}

func lspChange(c *lsptest.Client, uri string, version int, text string) {
	c.Notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": version},
		"contentChanges": []any{map[string]any{"text": text}}})
}

// short is a diagnostic without its help link: range, severity, code.
type short struct {
	L1, C1, L2, C2 int
	Severity       int
	Code           string
}

func shorten(ds []lsp.Diagnostic) []short {
	out := []short{}
	for _, d := range ds {
		out = append(out, short{d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character, d.Severity, d.Code})
	}
	return out
}

// The RUN line has é and an emoji (a UTF-16 surrogate pair) before
// apt-get: character 22 of the line is UTF-16 column 22 (0-based), not 21.
const lspBad = "FROM debian:trixie-slim\nRUN echo \"café 🦀\" && apt-get install curl\n"

func TestLSPLintsBuffers(t *testing.T) {
	dir := lspFiles(t, map[string]string{"app/Dockerfile": "FROM scratch\n"}) // on disk: not what is linted
	uri := fileURI(filepath.Join(dir, "app", "Dockerfile"))
	c := startLSP(t)

	lspOpen(c, uri, lspBad)
	p := c.Published()
	want := []short{
		{0, 5, 0, 23, 2, "RS004"},
		{1, 22, 1, 42, 2, "DF001"},
		{1, 22, 1, 42, 2, "DF008"},
		{1, 22, 1, 42, 3, "DF009"},
	}
	if got := shorten(p.Diagnostics); !reflect.DeepEqual(got, want) || p.URI != uri || *p.Version != 1 {
		t.Errorf("open %s: version %v\n got %+v\nwant %+v", p.URI, *p.Version, got, want)
	}
	d := p.Diagnostics[0]
	if d.Source != "ferrolint" || d.Message != "final stage runs as root: debian:trixie-slim sets no USER, so it runs as uid 0" ||
		d.CodeDescription == nil || d.CodeDescription.Href != "https://github.com/ferrolint/ferrolint/blob/main/docs/rules/RS004.md" {
		t.Errorf("RS004 diagnostic: %+v", d)
	}

	// RS004's safe fix adds USER after the last instruction, at its end:
	// UTF-16 column 42 of line 2.
	var actions []lsp.CodeAction
	if err := c.Call("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": uri},
		"range": d.Range, "context": map[string]any{"diagnostics": []any{d}}}, &actions); err != nil {
		t.Fatal(err)
	}
	wantEdit := map[string][]lsp.TextEdit{uri: {{Range: lsp.Range{Start: lsp.Position{Line: 1, Character: 42}, End: lsp.Position{Line: 1, Character: 42}}, NewText: "\nUSER 65532:65532"}}}
	if len(actions) != 1 || actions[0].Title != "run as the unprivileged numeric user 65532" || actions[0].Kind != "quickfix" ||
		!actions[0].IsPreferred || !reflect.DeepEqual(actions[0].Edit.Changes, wantEdit) || actions[0].Diagnostics[0].Code != "RS004" {
		js, _ := json.Marshal(actions)
		t.Errorf("code actions at RS004: %s", js)
	}

	// A syntax error is FL000, as on the command line.
	lspChange(c, uri, 2, "FROM debian:trixie-slim\nENTRYPIONT [\"/app\"]\nUSER 65532\n")
	p = c.Published()
	if got, want := shorten(p.Diagnostics), []short{{1, 0, 1, 19, 1, "FL000"}}; !reflect.DeepEqual(got, want) || p.Diagnostics[0].Message != "unknown instruction: ENTRYPIONT" {
		t.Errorf("syntax error: %+v, want %+v", p.Diagnostics, want)
	}

	lspChange(c, uri, 3, "FROM debian:trixie-slim\nRUN echo \"café 🦀\" && apt-get install -y --no-install-recommends curl=8.14.1-2\nUSER 65532\n")
	if p = c.Published(); p.Diagnostics == nil || len(p.Diagnostics) != 0 || *p.Version != 3 {
		t.Errorf("fixed text: version %d, %+v, want []", *p.Version, p.Diagnostics)
	}

	lspChange(c, uri, 4, lspBad)
	if p = c.Published(); len(p.Diagnostics) != 4 {
		t.Errorf("bad again: %d diagnostics, want 4", len(p.Diagnostics))
	}
	c.Notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
	if p = c.Published(); p.URI != uri || p.Diagnostics == nil || len(p.Diagnostics) != 0 {
		t.Errorf("close: %+v, want empty diagnostics", p)
	}
}

func TestLSPConfiguration(t *testing.T) {
	dir := lspFiles(t, map[string]string{
		"quiet/.ferrolint.yaml":  "rules:\n  RS004: off\n  DF009: style\n",
		"broken/.ferrolint.yaml": "rules:\n  RS099: off\n",
		"legacy/.hadolint.yaml":  "ignored: [DL3002]\n", // RS004's alias
		"skip/.ferrolint.yaml":   "exclude: [Dockerfile]\n",
	})
	c := startLSP(t)
	for _, tt := range []struct {
		folder string
		want   []short
	}{
		{"quiet", []short{{1, 22, 1, 42, 2, "DF001"}, {1, 22, 1, 42, 2, "DF008"}, {1, 22, 1, 42, 4, "DF009"}}},
		{"legacy", []short{{1, 22, 1, 42, 2, "DF001"}, {1, 22, 1, 42, 2, "DF008"}, {1, 22, 1, 42, 3, "DF009"}}},
		{"skip", []short{}},
		{"broken", []short{{0, 0, 0, 23, 1, ""}}},
	} {
		path := filepath.Join(dir, tt.folder, "Dockerfile")
		lspOpen(c, fileURI(path), lspBad)
		p := c.Published()
		if got := shorten(p.Diagnostics); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %+v\nwant %+v", tt.folder, got, tt.want)
		}
		if tt.folder == "broken" {
			want := filepath.Join(dir, "broken", ".ferrolint.yaml") + `:2: unknown rule "RS099"`
			if p.Diagnostics[0].Message != want {
				t.Errorf("configuration error: %q, want %q", p.Diagnostics[0].Message, want)
			}
		}
	}

	// Fixing the configuration takes effect at the next change.
	broken := filepath.Join(dir, "broken", ".ferrolint.yaml")
	if err := os.WriteFile(broken, []byte("rules:\n  DF001: off\n  DF008: off\n  DF009: off\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lspChange(c, fileURI(filepath.Join(dir, "broken", "Dockerfile")), 2, lspBad)
	if got, want := shorten(c.Published().Diagnostics), []short{{0, 5, 0, 23, 2, "RS004"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("after fixing the configuration: got %+v, want %+v", got, want)
	}
}

// TestLSPEngineOnce checks that documents under one configuration share
// one engine, built before the first of them, and that a changed
// configuration file gets a new one.
func TestLSPEngineOnce(t *testing.T) {
	dir := lspFiles(t, map[string]string{".ferrolint.yaml": "rules:\n  DF009: style\n"})
	opts, err := parseOptions(nil)
	if err != nil {
		t.Fatal(err)
	}
	b := newBufferLinter(opts, os.Stderr)
	first, err := b.groupFor(target{path: filepath.Join(dir, "a", "Dockerfile")})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"a/Dockerfile", "b/Containerfile", "a/Dockerfile"} {
		if _, err := b.Lint(t.Context(), filepath.Join(dir, p), []byte(lspBad)); err != nil {
			t.Fatal(err)
		}
		if g, _ := b.groupFor(target{path: filepath.Join(dir, p)}); g != first {
			t.Errorf("%s: linted with another engine than the first document's", p)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, ".ferrolint.yaml"), []byte("rules:\n  DF009: error\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if g, _ := b.groupFor(target{path: filepath.Join(dir, "a", "Dockerfile")}); g == first {
		t.Error("a changed configuration file kept its old engine")
	}
}

func TestLSPUsage(t *testing.T) {
	var stdout, stderr strings.Builder
	if code := Main([]string{"lsp", "--fix"}, nil, &stdout, &stderr); code != exitError || stdout.String() != "" ||
		stderr.String() != "ferrolint: lsp publishes diagnostics and quick fixes; --fix, --diff, --format and --output are for check\nRun 'ferrolint --help' for usage.\n" {
		t.Errorf("lsp --fix: exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
	stderr.Reset()
	if code := Main([]string{"lsp", "Dockerfile"}, nil, &stdout, &stderr); code != exitError || stderr.String() != "ferrolint: lsp takes no paths\nRun 'ferrolint --help' for usage.\n" {
		t.Errorf("lsp Dockerfile: exit %d, stderr %q", code, stderr.String())
	}
}

// TestLSPStdio runs a whole session through Main on standard input and
// output, with the --stdio that clients add.
func TestLSPStdio(t *testing.T) {
	var in strings.Builder
	for _, m := range []string{
		`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`,
		`{"jsonrpc":"2.0","method":"initialized","params":{}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:Untitled-1","languageId":"dockerfile","version":1,"text":"FROM alpine:3.20\nUSER 65532\n"}}}`,
		`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`,
		`{"jsonrpc":"2.0","method":"exit"}`,
	} {
		fmt.Fprintf(&in, "Content-Length: %d\r\n\r\n%s", len(m), m)
	}
	var stdout, stderr strings.Builder
	if code := Main([]string{"lsp", "--stdio"}, strings.NewReader(in.String()), &stdout, &stderr); code != 0 || stderr.String() != "" {
		t.Errorf("exit %d, stderr %q, want 0 and nothing", code, stderr.String())
	}
	want := `{"id":1,"result":{"capabilities":{"positionEncoding":"utf-16","textDocumentSync":{"openClose":true,"change":1,"save":{"includeText":false}},"codeActionProvider":{"codeActionKinds":["quickfix"]}},"serverInfo":{"name":"ferrolint","version":"` + version() + `"}},"jsonrpc":"2.0"}`
	want = fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(want), want)
	for _, w := range []string{
		want,
		`{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"untitled:Untitled-1","version":1,"diagnostics":[]}}`,
		`{"id":2,"result":null,"jsonrpc":"2.0"}`,
	} {
		if !strings.Contains(stdout.String(), w) {
			t.Errorf("standard output lacks %s:\n%s", w, stdout.String())
		}
	}
}

// A buffer over --max-file-size is refused, as the CLI refuses the file,
// and one with binary content is an error, not a crash.
func TestLSPBadBuffers(t *testing.T) {
	dir := lspFiles(t, map[string]string{})
	opts, err := parseOptions([]string{"--max-file-size", "64"})
	if err != nil {
		t.Fatal(err)
	}
	b := newBufferLinter(opts, os.Stderr)
	path := filepath.Join(dir, "Dockerfile")
	if _, err := b.Lint(t.Context(), path, []byte(strings.Repeat("# x\n", 17)+"FROM scratch\n")); err == nil || err.Error() != "file is larger than the size limit of 64 bytes (--max-file-size)" {
		t.Errorf("large buffer: %v", err)
	}
	if _, err := b.Lint(t.Context(), path, []byte("FROM scratch\x00\x01\n")); err == nil {
		t.Error("binary buffer: no error")
	}
	if _, err := b.Lint(t.Context(), path, []byte("FROM scratch\n")); err != nil {
		t.Errorf("buffer within the limit: %v", err)
	}
}
