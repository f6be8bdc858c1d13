package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/rules"
)

func TestArtifactURIs(t *testing.T) {
	cases := []struct {
		root, path string
		want       sarifArtifact
	}{
		{"/repo", "Dockerfile", sarifArtifact{URI: "Dockerfile", URIBaseID: srcRoot}},
		{"/repo", "./a/../b/Dockerfile", sarifArtifact{URI: "b/Dockerfile", URIBaseID: srcRoot}},
		{"/repo", "/repo/sub/Dockerfile", sarifArtifact{URI: "sub/Dockerfile", URIBaseID: srcRoot}},
		{"/repo", "my file#1%.Dockerfile", sarifArtifact{URI: "my%20file%231%25.Dockerfile", URIBaseID: srcRoot}},
		{"/repo", "c:d/Dockerfile", sarifArtifact{URI: "./c:d/Dockerfile", URIBaseID: srcRoot}},
		{"/repo", "<stdin>", sarifArtifact{URI: "%3Cstdin%3E", URIBaseID: srcRoot}},
		{"/repo", "../other/Dockerfile", sarifArtifact{URI: "file:///other/Dockerfile"}},
		{"/repo", "/repository/Dockerfile", sarifArtifact{URI: "file:///repository/Dockerfile"}},
		{"/repo", "/tmp/日本/Dockerfile", sarifArtifact{URI: "file:///tmp/%E6%97%A5%E6%9C%AC/Dockerfile"}},
		{"", "x/Dockerfile", sarifArtifact{URI: "x/Dockerfile", URIBaseID: srcRoot}},
		{"", "/abs/Dockerfile", sarifArtifact{URI: "file:///abs/Dockerfile"}},
	}
	for _, c := range cases {
		if got := artifact(c.root, c.path); got != c.want {
			t.Errorf("artifact(%q, %q) = %+v, want %+v", c.root, c.path, got, c.want)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	in := "100% done\r\nnext: a, b"
	if got, want := githubData(in), "100%25 done%0D%0Anext: a, b"; got != want {
		t.Errorf("data: got %q, want %q", got, want)
	}
	if got, want := githubProperty(in), "100%25 done%0D%0Anext%3A a%2C b"; got != want {
		t.Errorf("property: got %q, want %q", got, want)
	}
}

func TestTruncate(t *testing.T) {
	if got := truncate("short", 10); got != "short" {
		t.Errorf("got %q", got)
	}
	if got, want := truncate("one two three four", 10), "one two…"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	long := strings.Repeat("日本 ", 600)
	if got := truncate(long, maxDescription); len([]rune(got)) > maxDescription || !strings.HasSuffix(got, "本…") {
		t.Errorf("got %d characters ending %q", len([]rune(got)), got[len(got)-10:])
	}
}

func TestMarkdownTextEscapesOutsideCode(t *testing.T) {
	in := "FROM <stage> with rust:*alpine* and a_b \\ but `target/*/deps/<crate>*` stays"
	want := "FROM \\<stage> with rust:\\*alpine\\* and a\\_b \\\\ but `target/*/deps/<crate>*` stays"
	if got := markdownText(in); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// gitlabFingerprints lints nothing: it reports the given findings on src
// and returns the fingerprint of each, in order.
func gitlabFingerprints(t *testing.T, src string, findings ...rules.Finding) []string {
	t.Helper()
	run := Run{Root: "/repo", Results: []Result{{Path: "Dockerfile", Source: []byte(src), Findings: findings}}}
	var b bytes.Buffer
	if err := GitLab(&b, run); err != nil {
		t.Fatal(err)
	}
	var issues []struct{ Fingerprint string }
	if err := json.Unmarshal(b.Bytes(), &issues); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, i := range issues {
		out = append(out, i.Fingerprint)
	}
	return out
}

func TestGitLabFingerprints(t *testing.T) {
	src := "FROM rust:latest\nFROM rust:latest\n"
	at := func(line int, msg string) rules.Finding {
		return rules.Finding{Rule: latestRule, Severity: rules.Warning, File: "Dockerfile", Range: span(line, 6, line, 17), Message: msg}
	}
	first := gitlabFingerprints(t, src, at(1, "not pinned"), at(2, "not pinned"))
	if len(first) != 2 || first[0] == first[1] {
		t.Fatalf("identical findings on identical lines must differ: %v", first)
	}
	if again := gitlabFingerprints(t, src, at(1, "not pinned"), at(2, "not pinned")); again[0] != first[0] || again[1] != first[1] {
		t.Errorf("not stable across runs: %v then %v", first, again)
	}
	// Lines inserted above move the findings but keep their fingerprints.
	shifted := gitlabFingerprints(t, "# syntax=docker/dockerfile:1\n\n"+src, at(3, "not pinned"), at(4, "not pinned"))
	if shifted[0] != first[0] || shifted[1] != first[1] {
		t.Errorf("shifted by two lines: %v, want %v", shifted, first)
	}
	// The fingerprint depends on the message, the flagged text and the path.
	if other := gitlabFingerprints(t, src, at(1, "other message")); other[0] == first[0] {
		t.Error("a different message kept the fingerprint")
	}
	if other := gitlabFingerprints(t, "FROM rust:1\n", at(1, "not pinned")); other[0] == first[0] {
		t.Error("a different flagged line kept the fingerprint")
	}
	run := Run{Root: "/repo", Results: []Result{{Path: "sub/Dockerfile", Source: []byte(src), Findings: []rules.Finding{at(1, "not pinned")}}}}
	run.Results[0].Findings[0].File = "sub/Dockerfile"
	var b bytes.Buffer
	if err := GitLab(&b, run); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), first[0]) {
		t.Error("a different path kept the fingerprint")
	}
}

func TestGitHubSaysWhatTheAnnotationLimitDrops(t *testing.T) {
	var findings []rules.Finding
	for line := 1; line <= 11; line++ {
		findings = append(findings, rules.Finding{Rule: syntaxRule, Severity: rules.Error, File: "Dockerfile", Range: span(line, 1, line, 2), Message: "m"})
	}
	for line := 1; line <= 10; line++ {
		findings = append(findings, rules.Finding{Rule: latestRule, Severity: rules.Warning, File: "Dockerfile", Range: span(line, 1, line, 2), Message: "m"})
	}
	var b bytes.Buffer
	if err := GitHub(&b, Run{Results: []Result{{Path: "Dockerfile", Findings: findings}}}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	annotations := strings.Join(lines[:21], "\n") + "\n"
	if strings.Count(annotations, "::error ") != 11 || strings.Count(annotations, "::warning ") != 10 {
		t.Fatalf("want the 21 annotations first, got:\n%s", annotations)
	}
	if got, want := lines[21], "ferrolint: GitHub shows only the first 10 of 11 error annotations; the report below lists them all"; got != want {
		t.Errorf("after the annotations: got %q, want %q", got, want)
	}
	if got := lines[22]; !strings.HasPrefix(got, "error[FL000]: m") {
		t.Errorf("the text report does not follow: %q", got)
	}
	out := b.String()
	if strings.Contains(out, "warning annotations") {
		t.Error("10 warnings are within the limit")
	}
}
