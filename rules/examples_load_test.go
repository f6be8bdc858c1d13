package rules

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ferrolint/ferrolint/policy"
)

// docsPack is a pack of one rule whose METADATA ends with the given
// custom lines.
func docsPack(t *testing.T, custom string) fs.FS {
	t.Helper()
	schema, err := fs.ReadFile(policy.FS, policy.SchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	src := "# METADATA\n# title: T\n# custom:\n#   id: TT003\n#   name: docs\n#   severity: info\n" + custom +
		"package ferrolint.test.docs\n\nimport rego.v1\n\nfindings := set()\n"
	return fstest.MapFS{policy.SchemaFile: {Data: schema}, "t/docs.rego": {Data: []byte(src)}}
}

func TestExamplesAndSourcesAreRead(t *testing.T) {
	e, err := newEngine(docsPack(t, `#   examples:
#     bad: |
#       FROM rust:latest
#     good: |
#       FROM rust:1.94-slim-trixie
#     context:
#       Cargo.toml: |
#         [package]
#         name = "app"
#       .cargo/config.toml: ""
#     config: |
#       rust:
#         kubernetes: true
#     registry:
#       alpine:3.20: [linux/amd64, linux/arm64/v8]
#   sources:
#     - https://hub.docker.com/_/rust
#     - https://doc.rust-lang.org/cargo/reference/profiles.html
`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var r *Rule
	for _, x := range e.All() {
		if x.ID == "TT003" {
			r = x
		}
	}
	if r == nil {
		t.Fatal("no TT003")
	}
	want := Examples{Bad: "FROM rust:latest\n", Good: "FROM rust:1.94-slim-trixie\n",
		Context:  map[string]string{"Cargo.toml": "[package]\nname = \"app\"\n", ".cargo/config.toml": ""},
		Config:   "rust:\n  kubernetes: true\n",
		Registry: map[string][]string{"alpine:3.20": {"linux/amd64", "linux/arm64/v8"}}}
	if !reflect.DeepEqual(r.Examples, want) {
		t.Errorf("examples = %#v, want %#v", r.Examples, want)
	}
	if got := r.Examples.ContextFiles(); !reflect.DeepEqual(got, []string{".cargo/config.toml", "Cargo.toml"}) {
		t.Errorf("context files = %q", got)
	}
	if want := []string{"https://hub.docker.com/_/rust", "https://doc.rust-lang.org/cargo/reference/profiles.html"}; !reflect.DeepEqual(r.Sources, want) {
		t.Errorf("sources = %q, want %q", r.Sources, want)
	}
}

func TestMalformedExamplesAndSourcesNameTheFile(t *testing.T) {
	for _, tc := range []struct{ name, custom, want string }{
		{"examples is a string", "#   examples: FROM x\n", `custom.examples is a string; want a map with bad, good, context, config and registry`},
		{"bad is a list", "#   examples:\n#     bad: [FROM x]\n", `custom.examples.bad is a list; want a string (a Dockerfile)`},
		{"unknown example key", "#   examples:\n#     worse: FROM x\n", `custom.examples has unknown key "worse"; want bad, good, context, config or registry`},
		{"config is a map", "#   examples:\n#     config: {rust: {kubernetes: true}}\n", `custom.examples.config is a map; want a string (a .ferrolint.yaml)`},
		{"registry is a list", "#   examples:\n#     registry: [alpine]\n", `custom.examples.registry is a list; want a map of image to platforms`},
		{"registry platforms are a string", "#   examples:\n#     registry:\n#       alpine:3.20: linux/amd64\n", `custom.examples.registry["alpine:3.20"] is a string; want a list of platforms`},
		{"registry platform is a number", "#   examples:\n#     registry:\n#       alpine:3.20: [1]\n", `custom.examples.registry["alpine:3.20"] holds a number; want platforms such as linux/amd64`},
		{"context is a list", "#   examples:\n#     context: [Cargo.toml]\n", `custom.examples.context is a list; want a map of file name to content`},
		{"context file outside", "#   examples:\n#     context:\n#       ../Cargo.toml: x\n", `custom.examples.context: "../Cargo.toml" is not a relative path inside the build context`},
		{"context file absolute", "#   examples:\n#     context:\n#       /etc/passwd: x\n", `custom.examples.context: "/etc/passwd" is not a relative path inside the build context`},
		{"context content is a map", "#   examples:\n#     context:\n#       Cargo.toml: {a: 1}\n", `custom.examples.context["Cargo.toml"] is a map; want a string`},
		{"sources is a string", "#   sources: https://example.com/\n", `custom.sources is a string; want a list of URLs`},
		{"source is a number", "#   sources: [https://example.com/, 3]\n", `custom.sources[1] is a number; want a URL string`},
		{"source is not a URL", "#   sources: [docs/rules/x.md]\n", `custom.sources[0] "docs/rules/x.md" is not an http(s) URL`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := newEngine(docsPack(t, tc.custom), Options{})
			if want := "t/docs.rego:1: rule TT003: " + tc.want; err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("err = %v\nwant %s", err, want)
			}
		})
	}
}
