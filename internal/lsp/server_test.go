package lsp_test

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/internal/lsp"
	"github.com/ferrolint/ferrolint/internal/lsp/lsptest"
	"github.com/ferrolint/ferrolint/rules"
	"github.com/sourcegraph/jsonrpc2"
)

// linterFunc lints with a function: these tests are about the protocol,
// internal/cli's about real linting.
type linterFunc func(ctx context.Context, path string, text []byte) ([]rules.Finding, error)

func (f linterFunc) Lint(ctx context.Context, path string, text []byte) ([]rules.Finding, error) {
	return f(ctx, path, text)
}

var (
	pinRule  = &rules.Rule{ID: "DF001", HelpURI: "https://example.invalid/DF001"}
	chefRule = &rules.Rule{ID: "RS003", HelpURI: "https://example.invalid/RS003"}
	caseRule = &rules.Rule{ID: "DF020"} // no help URI
)

// findings are what fakeLinter reports for every line that starts with
// RUN: a warning on the command with a safe fix, an info with an unsafe
// one, and a style finding on the keyword.
func fakeLinter(seen *[]string) lsp.Linter {
	return linterFunc(func(_ context.Context, path string, text []byte) ([]rules.Finding, error) {
		*seen = append(*seen, path+": "+string(text))
		var out []rules.Finding
		for i, line := range strings.Split(string(text), "\n") {
			if !strings.HasPrefix(line, "RUN ") {
				continue
			}
			n := i + 1
			cmd := dockerfile.Range{Line: n, Column: 5, EndLine: n, EndColumn: len([]rune(line)) + 1}
			out = append(out,
				rules.Finding{Rule: pinRule, Severity: rules.Warning, Message: "pin it", Range: cmd,
					Fix: &rules.Fix{Description: "pin curl", Safe: true, Edits: []rules.Edit{{Range: cmd, NewText: "apk add curl=8.1"}}}},
				rules.Finding{Rule: chefRule, Severity: rules.Info, Message: "cook it", Range: cmd,
					Fix: &rules.Fix{Description: "add a chef stage", Edits: []rules.Edit{{Range: dockerfile.Range{Line: 1, Column: 1, EndLine: 1, EndColumn: 1}, NewText: "FROM chef\n"}}}},
				rules.Finding{Rule: caseRule, Severity: rules.Style, Message: "upper case", Range: dockerfile.Range{Line: n, Column: 1, EndLine: n, EndColumn: 4}},
			)
		}
		return out, nil
	})
}

const uri = "file:///work/app/Dockerfile"

func initialize(t *testing.T, c *lsptest.Client, encodings ...string) map[string]any {
	t.Helper()
	params := map[string]any{"processId": nil, "rootUri": "file:///work", "capabilities": map[string]any{}}
	if encodings != nil {
		params["capabilities"] = map[string]any{"general": map[string]any{"positionEncodings": encodings}}
	}
	var res map[string]any
	if err := c.Call("initialize", params, &res); err != nil {
		t.Fatalf("initialize: %v", err)
	}
	c.Notify("initialized", map[string]any{})
	return res
}

func open(c *lsptest.Client, text string) {
	c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "dockerfile", "version": 1, "text": text}})
}

func rng(l1, c1, l2, c2 int) lsp.Range {
	return lsp.Range{Start: lsp.Position{Line: l1, Character: c1}, End: lsp.Position{Line: l2, Character: c2}}
}

func TestInitialize(t *testing.T) {
	c := lsptest.Start(t, fakeLinter(new([]string)))
	res := initialize(t, c)
	got, _ := json.Marshal(res)
	want := `{"capabilities":{"codeActionProvider":{"codeActionKinds":["quickfix"]},"positionEncoding":"utf-16",` +
		`"textDocumentSync":{"change":1,"openClose":true,"save":{"includeText":false}}},"serverInfo":{"name":"ferrolint","version":"test"}}`
	if string(got) != want {
		t.Errorf("initialize result:\n got %s\nwant %s", got, want)
	}
}

func TestPositionEncodingNegotiation(t *testing.T) {
	for _, tt := range []struct {
		offered []string
		want    string
	}{
		{[]string{"utf-8", "utf-16"}, "utf-16"},
		{[]string{"utf-32", "utf-8"}, "utf-32"},
		{[]string{"utf-8"}, "utf-8"},
		{[]string{"ucs-2"}, "utf-16"},
	} {
		c := lsptest.Start(t, fakeLinter(new([]string)))
		caps := initialize(t, c, tt.offered...)["capabilities"].(map[string]any)
		if caps["positionEncoding"] != tt.want {
			t.Errorf("client offers %v: server chose %v, want %s", tt.offered, caps["positionEncoding"], tt.want)
		}
	}
	// The chosen encoding counts the columns: 🦀 is 4 UTF-8 bytes.
	c := lsptest.Start(t, fakeLinter(new([]string)))
	initialize(t, c, "utf-8")
	open(c, "FROM a\nRUN 🦀\n")
	if got := c.Published().Diagnostics[0].Range; got != rng(1, 4, 1, 8) {
		t.Errorf("utf-8 range of the RUN command: %+v, want 1:4-1:8", got)
	}
}

func TestRequestBeforeInitialize(t *testing.T) {
	c := lsptest.Start(t, fakeLinter(new([]string)))
	err := c.Call("textDocument/codeAction", map[string]any{}, new(any))
	var rpcErr *jsonrpc2.Error
	if !errors.As(err, &rpcErr) || rpcErr.Code != -32002 {
		t.Errorf("codeAction before initialize: %v, want error -32002 (server not initialized)", err)
	}
}

func TestDiagnosticsAndQuickFixes(t *testing.T) {
	var seen []string
	c := lsptest.Start(t, fakeLinter(&seen))
	initialize(t, c)
	open(c, "FROM alpine\nRUN apk add curl\n")
	p := c.Published()
	want := []lsp.Diagnostic{
		{Range: rng(1, 4, 1, 16), Severity: 2, Code: "DF001", Source: "ferrolint", Message: "pin it"},
		{Range: rng(1, 4, 1, 16), Severity: 3, Code: "RS003", Source: "ferrolint", Message: "cook it"},
		{Range: rng(1, 0, 1, 3), Severity: 4, Code: "DF020", Source: "ferrolint", Message: "upper case"},
	}
	got, _ := json.Marshal(p)
	wantJSON := `{"uri":"file:///work/app/Dockerfile","version":1,"diagnostics":[` +
		`{"range":{"start":{"line":1,"character":4},"end":{"line":1,"character":16}},"severity":2,"code":"DF001","codeDescription":{"href":"https://example.invalid/DF001"},"source":"ferrolint","message":"pin it"},` +
		`{"range":{"start":{"line":1,"character":4},"end":{"line":1,"character":16}},"severity":3,"code":"RS003","codeDescription":{"href":"https://example.invalid/RS003"},"source":"ferrolint","message":"cook it"},` +
		`{"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":3}},"severity":4,"code":"DF020","source":"ferrolint","message":"upper case"}]}`
	if string(got) != wantJSON {
		t.Errorf("published:\n got %s\nwant %s", got, wantJSON)
	}
	if len(seen) != 1 || seen[0] != "/work/app/Dockerfile: FROM alpine\nRUN apk add curl\n" {
		t.Errorf("linted %q, want the buffer's text at the URI's path", seen)
	}

	// The cursor on the RUN command: both fixes, the safe one preferred.
	var actions []lsp.CodeAction
	params := map[string]any{"textDocument": map[string]any{"uri": uri}, "range": rng(1, 8, 1, 8), "context": map[string]any{"diagnostics": []any{}}}
	if err := c.Call("textDocument/codeAction", params, &actions); err != nil {
		t.Fatal(err)
	}
	wantActions := []lsp.CodeAction{
		{Title: "pin curl", Kind: "quickfix", Diagnostics: want[:1], IsPreferred: true,
			Edit: lsp.WorkspaceEdit{Changes: map[string][]lsp.TextEdit{uri: {{Range: rng(1, 4, 1, 16), NewText: "apk add curl=8.1"}}}}},
		{Title: "add a chef stage", Kind: "quickfix", Diagnostics: want[1:2], IsPreferred: false,
			Edit: lsp.WorkspaceEdit{Changes: map[string][]lsp.TextEdit{uri: {{Range: rng(0, 0, 0, 0), NewText: "FROM chef\n"}}}}},
	}
	for i := range actions { // the published diagnostics above have them
		actions[i].Diagnostics[0].CodeDescription = nil
	}
	if !reflect.DeepEqual(actions, wantActions) {
		t.Errorf("code actions:\n got %+v\nwant %+v", actions, wantActions)
	}

	// Line 1 has no finding; a filter without quickfix wants none either.
	for _, p := range []map[string]any{
		{"textDocument": map[string]any{"uri": uri}, "range": rng(0, 0, 0, 4), "context": map[string]any{"diagnostics": []any{}}},
		{"textDocument": map[string]any{"uri": uri}, "range": rng(1, 8, 1, 8), "context": map[string]any{"diagnostics": []any{}, "only": []string{"refactor"}}},
	} {
		var none []lsp.CodeAction
		if err := c.Call("textDocument/codeAction", p, &none); err != nil || none == nil || len(none) != 0 {
			t.Errorf("code actions for %v: %+v (%v), want []", p, none, err)
		}
	}

	// Each change is linted in the order sent, and clean text publishes [].
	for v, text := range []string{"FROM alpine\nRUN a\nRUN b\n", "FROM alpine\n", "FROM alpine\nRUN c\n"} {
		c.Notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": v + 2},
			"contentChanges": []any{map[string]any{"text": text}}})
	}
	for v, n := range []int{6, 0, 3} {
		p := c.Published()
		if *p.Version != v+2 || len(p.Diagnostics) != n || p.Diagnostics == nil {
			t.Errorf("change to version %d: version %d, %d diagnostics (%v), want %d", v+2, *p.Version, len(p.Diagnostics), p.Diagnostics, n)
		}
	}

	c.Notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
	if p := c.Published(); p.URI != uri || p.Version != nil || p.Diagnostics == nil || len(p.Diagnostics) != 0 {
		t.Errorf("close: %+v, want empty diagnostics", p)
	}

	if err := c.Call("shutdown", nil, nil); err != nil {
		t.Fatal(err)
	}
	if err := c.Call("textDocument/codeAction", params, new(any)); err == nil {
		t.Error("a request after shutdown succeeded, want an error")
	}
	c.Notify("exit", nil)
	if code := c.ExitCode(); code != 0 {
		t.Errorf("exit after shutdown: code %d, want 0", code)
	}
}

func TestLinterErrors(t *testing.T) {
	calls := 0
	c := lsptest.Start(t, linterFunc(func(_ context.Context, path string, text []byte) ([]rules.Finding, error) {
		calls++
		switch calls {
		case 1:
			return []rules.Finding{{Rule: pinRule, Severity: rules.Error, Message: "m", Range: dockerfile.Range{Line: 2, Column: 1, EndLine: 2, EndColumn: 2}}},
				errors.New(".ferrolint.yaml:3: unknown rule \"RS099\"")
		default:
			panic("boom")
		}
	}))
	initialize(t, c)
	open(c, "FROM alpine:3.20\nRUN x\n")
	p := c.Published()
	want := []lsp.Diagnostic{
		{Range: rng(0, 0, 0, 16), Severity: 1, Source: "ferrolint", Message: ".ferrolint.yaml:3: unknown rule \"RS099\""},
		{Range: rng(1, 0, 1, 1), Severity: 1, Code: "DF001", CodeDescription: p.Diagnostics[1].CodeDescription, Source: "ferrolint", Message: "m"},
	}
	if !reflect.DeepEqual(p.Diagnostics, want) {
		t.Errorf("linter error:\n got %+v\nwant %+v", p.Diagnostics, want)
	}
	c.Notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": uri}})
	p = c.Published()
	if len(p.Diagnostics) != 1 || p.Diagnostics[0].Message != "internal error: boom" || p.Diagnostics[0].Severity != 1 {
		t.Errorf("linter panic: %+v, want one error diagnostic", p.Diagnostics)
	}
	// The session goes on; exit without shutdown is code 1.
	var rpcErr *jsonrpc2.Error
	if err := c.Call("textDocument/hover", map[string]any{}, new(any)); !errors.As(err, &rpcErr) || rpcErr.Code != jsonrpc2.CodeMethodNotFound {
		t.Errorf("hover: %v, want method not found", err)
	}
	c.Notify("exit", nil)
	if code := c.ExitCode(); code != 1 {
		t.Errorf("exit without shutdown: code %d, want 1", code)
	}
}
