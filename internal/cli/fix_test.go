package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ferrolint/ferrolint/report"
	"github.com/ferrolint/ferrolint/rules"
)

const naive = "FROM rust:latest\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\nCMD [\"./target/release/my-api\"]\n"

// A file that changes between the read and the write is left as it is and
// the run exits 2.
func TestFixRefusesAFileChangedUnderneath(t *testing.T) {
	engine, err := rules.New(rules.Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "Dockerfile")
	if err := os.WriteFile(path, []byte(naive), 0o644); err != nil {
		t.Fatal(err)
	}
	tg := target{path: path}
	l := &linter{engine: engine, maxSize: 1 << 20}
	res := l.lint(context.Background(), tg)
	if res.Err != nil || len(res.Findings) == 0 {
		t.Fatalf("lint: %v, %d findings", res.Err, len(res.Findings))
	}
	changed := []byte("FROM rust:1.94-trixie\n")
	if err := os.WriteFile(path, changed, 0o644); err != nil {
		t.Fatal(err)
	}
	fx := newFixer(&options{fix: true})
	fx.fix(context.Background(), l, tg, &res)
	if res.Err == nil || res.Err.Error() != "file changed on disk while it was being fixed; not overwritten" {
		t.Fatalf("got error %v", res.Err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, changed) {
		t.Fatalf("file overwritten: %q", got)
	}
	if code := exitCode([]report.Result{res}, rules.Warning, true); code != exitError {
		t.Fatalf("exit code %d, want %d", code, exitError)
	}
}

// --fix keeps a BOM, CRLF line endings, the escape directive and comments,
// and writes the lines it adds with CRLF.
func TestFixKeepsBOMAndCRLF(t *testing.T) {
	src := "\ufeff# escape=`\r\n# build\r\nFROM rust:1.94-slim-bookworm AS b\r\nRUN cargo build --release\r\n\r\n#  run\r\nFROM gcr.io/distroless/cc-debian12\r\nCOPY --from=b /target/release/app /app\r\nENTRYPOINT [\"/app\"]\r\n"
	want := "\ufeff# escape=`\r\n# build\r\nFROM rust:1.94-slim-bookworm AS b\r\nRUN cargo build --release\r\n\r\n#  run\r\nFROM gcr.io/distroless/cc-debian12\r\nCOPY --from=b /target/release/app /app\r\nUSER 65532:65532\r\nENTRYPOINT [\"/app\"]\r\n"
	path := filepath.Join(t.TempDir(), "Dockerfile")
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	// Other rules may still find something; only an error fails here.
	if code := Main([]string{"--fix", path}, nil, &stdout, &stderr); code == exitError {
		t.Fatalf("exit 2\n%s%s", stdout.String(), stderr.String())
	}
	got, _ := os.ReadFile(path)
	if string(got) != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, want 0600", info.Mode().Perm())
	}
}
