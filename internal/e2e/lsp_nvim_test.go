package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// nvimScript drives ferrolint lsp from a headless Neovim 0.7, which the
// README's init.lua snippet (loaded first) has set up: it opens the
// Dockerfile, waits for the diagnostics, asks for the code actions at the
// RS004 finding and applies the preferred one as Neovim does, then fixes
// the RUN line and waits for the diagnostics to clear. It writes what it
// saw as JSON to $OUT.
const nvimScript = `
local out = assert(io.open(os.getenv("OUT"), "w"))
local function finish(code, obj)
  out:write(vim.fn.json_encode(obj)); out:close()
  vim.cmd(code == 0 and "qall!" or ("cquit " .. code))
end
local function diags(buf)
  local got = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(got, {lnum=d.lnum, col=d.col, end_lnum=d.end_lnum, end_col=d.end_col, code=d.code,
      severity=d.severity, source=d.source, message=d.message,
      href=lsp.codeDescription and lsp.codeDescription.href or ""})
  end
  return got
end
local ok, err = pcall(function()
  vim.cmd("edit " .. os.getenv("WS") .. "/Dockerfile")
  local buf = vim.api.nvim_get_current_buf()
  local res = {filetype=vim.bo[buf].filetype}
  res.got = vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  res.opened = diags(buf)

  local params = {textDocument={uri=vim.uri_from_bufnr(buf)},
    range={start={line=0, character=5}, ["end"]={line=0, character=5}}, context={diagnostics={}}}
  local replies = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 5000) or {}
  res.actions = {}
  for _, r in pairs(replies) do
    for _, a in ipairs(r.result or {}) do
      table.insert(res.actions, a)
      if a.isPreferred then vim.lsp.util.apply_workspace_edit(a.edit, "utf-16") end
    end
  end
  res.fixed_lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  res.rs004_gone = vim.wait(10000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do if d.code == "RS004" then return false end end
    return true
  end, 20)
  res.after_fix = diags(buf)

  vim.api.nvim_buf_set_lines(buf, 1, 2, false, {os.getenv("FIXED_RUN")})
  res.cleared = vim.wait(10000, function() return #vim.diagnostic.get(buf) == 0 end, 20)
  res.final = diags(buf)

  local clients = vim.lsp.buf_get_clients(buf)
  for _, c in pairs(clients) do
    c.stop(); vim.wait(5000, function() return c.is_stopped() end, 20)
  end
  finish(0, res)
end)
if not ok then finish(3, {error=tostring(err)}) end
`

// nvimDiagnostic is a vim.diagnostic as the script reports it: 0-based
// lines, 0-based byte columns, exclusive end.
type nvimDiagnostic struct {
	Lnum, Col, EndLnum, EndCol int
	Code, Source, Message      string
	Severity                   int
	Href                       string
}

func (d *nvimDiagnostic) UnmarshalJSON(data []byte) error {
	var v struct {
		Lnum     int    `json:"lnum"`
		Col      int    `json:"col"`
		EndLnum  int    `json:"end_lnum"`
		EndCol   int    `json:"end_col"`
		Code     string `json:"code"`
		Source   string `json:"source"`
		Message  string `json:"message"`
		Severity int    `json:"severity"`
		Href     string `json:"href"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*d = nvimDiagnostic{v.Lnum, v.Col, v.EndLnum, v.EndCol, v.Code, v.Source, v.Message, v.Severity, v.Href}
	return nil
}

// TestNeovimLSP runs ferrolint lsp under a real editor: Neovim 0.7
// headless, set up with the README's snippet.
func TestNeovimLSP(t *testing.T) {
	requireTool(t, "nvim")
	tmp := t.TempDir()
	bin := buildFerrolint(t, tmp)

	ws := filepath.Join(tmp, "ws")
	write := func(name, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The configuration is found as check finds it: DF009 becomes style
	// (an LSP hint) and RS004 an error. The RUN line has a multi-byte
	// character and an emoji (a UTF-16 surrogate pair) before the findings,
	// so Neovim's byte columns are right only if the server counts UTF-16.
	write(filepath.Join(ws, ".ferrolint.yaml"), "rules:\n  DF009: style\n  RS004: error\n")
	write(filepath.Join(ws, "Dockerfile"), "FROM debian:trixie-slim\nRUN echo \"café 🦀\" && apt-get install curl\n")
	write(filepath.Join(tmp, "init.lua"), readmeBlock(t, "lua", "ferrolint"))
	write(filepath.Join(tmp, "test.lua"), nvimScript)
	const fixedRun = `RUN echo "café 🦀" && apt-get install -y --no-install-recommends curl=8.14.1-2`

	outPath := filepath.Join(tmp, "out.json")
	cmd := exec.Command("nvim", "--headless", "--clean",
		"-c", "luafile "+filepath.Join(tmp, "init.lua"), "-c", "luafile "+filepath.Join(tmp, "test.lua"))
	cmd.Dir = ws // the snippet's root_dir, and the server's working directory
	cmd.Env = append(os.Environ(), "OUT="+outPath, "WS="+ws, "FIXED_RUN="+fixedRun,
		"PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"HOME="+tmp, "XDG_CONFIG_HOME="+filepath.Join(tmp, "config"),
		"XDG_DATA_HOME="+filepath.Join(tmp, "data"), "XDG_STATE_HOME="+filepath.Join(tmp, "state"))
	start := time.Now()
	out, err := cmd.CombinedOutput()
	data, readErr := os.ReadFile(outPath)
	if err != nil || readErr != nil {
		t.Fatalf("nvim: %v (after %v)\n%s\nresult: %s %v", err, time.Since(start), out, data, readErr)
	}
	var res struct {
		Error      string
		Filetype   string
		Got        bool
		Opened     []nvimDiagnostic
		Actions    []json.RawMessage
		FixedLines []string         `json:"fixed_lines"`
		RS004Gone  bool             `json:"rs004_gone"`
		AfterFix   []nvimDiagnostic `json:"after_fix"`
		Cleared    bool
		Final      []nvimDiagnostic
	}
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatalf("nvim's result: %v\n%s", err, data)
	}
	if res.Error != "" || res.Filetype != "dockerfile" || !res.Got {
		t.Fatalf("nvim: error %q, filetype %q, diagnostics received %v\n%s", res.Error, res.Filetype, res.Got, out)
	}

	const (
		help      = "https://github.com/ferrolint/ferrolint/blob/main/docs/rules/"
		rs004     = "final stage runs as root: debian:trixie-slim sets no USER, so it runs as uid 0"
		df001     = "apt-get install without a version: curl; pin as name=version"
		df008     = "apt-get install without -y would prompt and fail the build"
		df009     = "apt-get install without --no-install-recommends also installs recommended packages"
		errorSev  = 1
		warnSev   = 2
		hintSev   = 4
		aptByte   = 25 // "RUN echo \"café 🦀\" && " is 21 characters, 22 UTF-16 units, 25 bytes
		aptEndCol = aptByte + len("apt-get install curl")
	)
	want := []nvimDiagnostic{
		{0, 5, 0, 23, "RS004", "ferrolint", rs004, errorSev, help + "RS004.md"},
		{1, aptByte, 1, aptEndCol, "DF001", "ferrolint", df001, warnSev, help + "DF001.md"},
		{1, aptByte, 1, aptEndCol, "DF008", "ferrolint", df008, warnSev, help + "DF008.md"},
		{1, aptByte, 1, aptEndCol, "DF009", "ferrolint", df009, hintSev, help + "DF009.md"},
	}
	sortDiagnostics(res.Opened)
	if !slices.Equal(res.Opened, want) {
		t.Errorf("diagnostics on open:\n got %+v\nwant %+v", res.Opened, want)
	}

	var actions []struct {
		Title       string
		Kind        string
		IsPreferred bool
	}
	for _, a := range res.Actions {
		var v struct {
			Title       string
			Kind        string
			IsPreferred bool
		}
		if err := json.Unmarshal(a, &v); err != nil {
			t.Fatal(err)
		}
		actions = append(actions, v)
	}
	if len(actions) != 1 || actions[0].Title != "run as the unprivileged numeric user 65532" || actions[0].Kind != "quickfix" || !actions[0].IsPreferred {
		t.Errorf("code actions at RS004: %+v, want its one preferred quick fix", actions)
	}
	wantLines := []string{"FROM debian:trixie-slim", `RUN echo "café 🦀" && apt-get install curl`, "USER 65532:65532"}
	if !slices.Equal(res.FixedLines, wantLines) {
		t.Errorf("buffer after the quick fix: %q, want %q", res.FixedLines, wantLines)
	}
	sortDiagnostics(res.AfterFix)
	if !res.RS004Gone || !slices.Equal(res.AfterFix, want[1:]) {
		t.Errorf("diagnostics after the quick fix (RS004 gone: %v):\n got %+v\nwant %+v", res.RS004Gone, res.AfterFix, want[1:])
	}
	if !res.Cleared || len(res.Final) != 0 {
		t.Errorf("diagnostics after fixing the RUN line: cleared %v, %+v", res.Cleared, res.Final)
	}
}

func sortDiagnostics(ds []nvimDiagnostic) {
	slices.SortFunc(ds, func(a, b nvimDiagnostic) int {
		if a.Lnum != b.Lnum {
			return a.Lnum - b.Lnum
		}
		if a.Col != b.Col {
			return a.Col - b.Col
		}
		return strings.Compare(a.Code, b.Code)
	})
}

// readmeBlock returns the README's code block in lang that contains
// marker.
func readmeBlock(t *testing.T, lang, marker string) string {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join(repoRoot(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile("(?s)```"+lang+"\n(.*?)```").FindAllStringSubmatch(string(readme), -1) {
		if strings.Contains(m[1], marker) {
			return m[1]
		}
	}
	t.Fatalf("README.md has no %s block with %q", lang, marker)
	return ""
}
