package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The input document policy/README.md shows is what `ferrolint input`
// prints for the Dockerfile shown above it (the platforms depend on the
// host and are left out).
func TestPolicyReadmeInputExample(t *testing.T) {
	doc, err := os.ReadFile("../../policy/README.md")
	if err != nil {
		t.Fatal(err)
	}
	block := func(fence string) string {
		_, rest, ok := strings.Cut(string(doc), "\n"+fence+"\n")
		if !ok {
			t.Fatalf("no %s block in policy/README.md", fence)
		}
		body, _, _ := strings.Cut(rest, "\n```\n")
		return body + "\n"
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "Dockerfile")
	if err := os.WriteFile(path, []byte(block("```dockerfile")), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	if code := Main([]string{"input", "Dockerfile"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var got, want map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(block("```json")), &want); err != nil {
		t.Fatalf("policy/README.md's input document: %v", err)
	}
	for _, k := range []string{"build_platform", "target_platform"} {
		delete(got, k)
		delete(want, k)
	}
	if !reflect.DeepEqual(got, want) {
		out, _ := json.MarshalIndent(got, "", "  ")
		t.Errorf("policy/README.md's input document is stale; ferrolint input gives:\n%s", out)
	}
}
