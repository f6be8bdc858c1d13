package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/internal/sarifschema"
	"github.com/ferrolint/ferrolint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files and docs/rules instead of comparing")

var (
	styleRule = &rules.Rule{
		ID: "GN010", Name: "label-style", Title: "Label keys <should> be lower-case", Severity: rules.Style,
		Description: "Keys are *case-sensitive*; `org.opencontainers.*` is the convention.",
		Package:     "ferrolint.general.label_style",
	}
	infoRule = &rules.Rule{ID: "RS005", Name: "runtime-libc-mismatch", Title: "Runtime libc", Severity: rules.Info}
)

// ciRun is the run the format goldens are made from: escaping cases (%,
// line breaks, colons, commas, XML markup, non-ASCII), a fix with a
// replacement and one with an insertion, a whole-file finding, every
// severity, a clean file and a file that could not be linted.
func ciRun() Run {
	src := "FROM rust:latest AS build\n" +
		"RUN echo \"50% done, ok: yes\"\n" +
		"LABEL Maintainer=\"Jöhn 日本 <j@x>\"\n" +
		"CMD [\"/app\"]\n"
	return Run{
		Version: "v1.2.3",
		Root:    "/repo",
		Rules:   []*rules.Rule{syntaxRule, latestRule, rootRule, infoRule, styleRule},
		Results: []Result{
			{
				Path:   "a/Dockerfile",
				Source: []byte(src),
				Findings: []rules.Finding{
					{
						Rule: rootRule, Severity: rules.Error, File: "a/Dockerfile", Range: span(4, 1, 4, 13),
						Message: "runs as root: 100% <root> & \"x\"\r\nsecond line, with: colon",
						Fix: &rules.Fix{Description: "insert USER", Safe: true, Edits: []rules.Edit{
							{Range: span(4, 1, 4, 1), NewText: "USER 65532:65532\n"},
						}},
					},
					{
						Rule: latestRule, Severity: rules.Warning, File: "a/Dockerfile", Range: span(1, 6, 1, 17),
						Message: "rust:latest is not pinned",
						Fix: &rules.Fix{Description: "pin it", Safe: false, Edits: []rules.Edit{
							{Range: span(1, 6, 1, 17), NewText: "rust:1.94"},
						}},
					},
					{Rule: styleRule, Severity: rules.Style, File: "a/Dockerfile", Range: span(3, 7, 3, 17), Message: "label Maintainer of Jöhn 日本 is not lower-case"},
					{Rule: infoRule, Severity: rules.Info, File: "a/Dockerfile", Message: "whole file, 'quoted'"},
				},
			},
			{
				Path:   "b dir,x/c:d.Dockerfile",
				Source: []byte("FROM rust:latest\n"),
				Findings: []rules.Finding{
					{Rule: latestRule, Severity: rules.Warning, File: "b dir,x/c:d.Dockerfile", Range: span(1, 6, 1, 17), Message: "rust:latest is not pinned"},
				},
			},
			{Path: "clean/Dockerfile", Source: []byte("FROM scratch\n")},
			{
				Path:   "/elsewhere/Dockerfile",
				Source: []byte("FROM rust:latest\n"),
				Findings: []rules.Finding{
					{Rule: latestRule, Severity: rules.Warning, File: "/elsewhere/Dockerfile", Range: span(1, 6, 0, 0), Message: "no end"},
				},
			},
			{Path: "big.Dockerfile", Err: errors.New("larger than the 10-byte limit")},
		},
	}
}

// golden compares got with testdata/<name>, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./report -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs; got:\n%s", path, got)
	}
}

func write(t *testing.T, format string, run Run) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, format, run); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestFormatsGolden(t *testing.T) {
	for _, format := range Formats {
		if format == "text" || format == "json" {
			continue // text_test.go and json_test.go spell them out
		}
		t.Run(format, func(t *testing.T) {
			golden(t, format+".golden", write(t, format, ciRun()))
		})
	}
}

func TestFormatsClean(t *testing.T) {
	run := Run{Version: "devel", Root: "/repo", Rules: []*rules.Rule{syntaxRule},
		Results: []Result{{Path: "Dockerfile", Source: []byte("FROM scratch\n")}}}
	want := map[string]string{
		"gitlab":        "[]\n",
		"hadolint-json": "[]\n",
		"gnu":           "",
		"checkstyle":    xml.Header + "<checkstyle version=\"4.3\"></checkstyle>\n",
		"junit": xml.Header + `<testsuites name="ferrolint" tests="1" failures="0" errors="0">
  <testsuite name="Dockerfile" tests="1" failures="0" errors="0">
    <testcase name="ferrolint" classname="Dockerfile" file="Dockerfile"></testcase>
  </testsuite>
</testsuites>
`,
		"github": "no problems in 1 file\n",
	}
	for format, w := range want {
		if got := string(write(t, format, run)); got != w {
			t.Errorf("%s: got\n%s\nwant\n%s", format, got, w)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(io.Discard, "yaml", Run{}); err == nil || err.Error() != `unknown format "yaml"` {
		t.Errorf("got %v", err)
	}
}

func TestXMLFormatsAreWellFormed(t *testing.T) {
	for _, format := range []string{"checkstyle", "junit"} {
		doc := write(t, format, ciRun())
		dec := xml.NewDecoder(bytes.NewReader(doc))
		var texts []string
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if se, ok := tok.(xml.StartElement); ok {
				for _, a := range se.Attr {
					texts = append(texts, a.Value)
				}
			}
		}
		// The message's markup, line break and non-ASCII survive a round trip.
		joined := strings.Join(texts, "\n")
		for _, want := range []string{"runs as root: 100% <root> & \"x\"\r\nsecond line, with: colon", "Jöhn 日本"} {
			if !strings.Contains(joined, want) {
				t.Errorf("%s: attributes lost %q", format, want)
			}
		}
	}
}

func TestJSONFormatsDecode(t *testing.T) {
	var gl []struct {
		Description, CheckName, Fingerprint, Severity string
		Location                                      struct {
			Path  string
			Lines struct{ Begin int }
		}
	}
	if err := json.Unmarshal(write(t, "gitlab", ciRun()), &gl); err != nil {
		t.Fatal(err)
	}
	if len(gl) != 6 {
		t.Fatalf("got %d gitlab issues, want 6", len(gl))
	}
	valid := map[string]bool{"info": true, "minor": true, "major": true, "critical": true, "blocker": true}
	seen := map[string]bool{}
	for _, issue := range gl {
		if !valid[issue.Severity] || issue.Location.Lines.Begin < 1 || seen[issue.Fingerprint] {
			t.Errorf("bad issue %+v", issue)
		}
		seen[issue.Fingerprint] = true
	}

	var hl []map[string]any
	if err := json.Unmarshal(write(t, "hadolint-json", ciRun()), &hl); err != nil {
		t.Fatal(err)
	}
	levels := map[string]bool{"error": true, "warning": true, "info": true, "style": true}
	for _, f := range hl {
		if !levels[f["level"].(string)] || len(f) != 8 {
			t.Errorf("bad hadolint finding %v", f)
		}
	}
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	validate := sarifschema.Validator(t)
	runs := map[string]Run{
		"findings": ciRun(),
		"empty":    {Version: "devel"},
		"no root": {Rules: []*rules.Rule{latestRule}, Results: []Result{{Path: "<stdin>", Findings: []rules.Finding{
			{Rule: latestRule, Severity: rules.Warning, File: "<stdin>", Range: span(1, 6, 1, 6), Message: "m"},
		}}}},
	}
	for name, run := range runs {
		if err := validate(write(t, "sarif", run)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
