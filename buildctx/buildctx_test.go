package buildctx

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

// write creates files (path -> content) under a new temporary directory.
func write(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, content := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestReadWorkspace(t *testing.T) {
	dir := write(t, map[string]string{
		"Cargo.toml": `# the workspace
[workspace]
members = [
    "crates/*", # every crate
    "tools/gen",
]
resolver = "2"

[workspace.dependencies]
serde = { version = "1", features = ["derive"] }
`,
		"crates/my-api/Cargo.toml": `[package]
name = "my-api"
version = "0.1.0"

[[bin]]
name = "migrate"
path = "src/migrate.rs"
`,
		"crates/my-api/src/main.rs":           "fn main() {}",
		"crates/my-api/src/bin/seed.rs":       "fn main() {}",
		"crates/my-api/src/bin/admin/main.rs": "fn main() {}",
		"crates/core/Cargo.toml":              "[package]\nname = 'core-lib'\n",
		"crates/core/src/lib.rs":              "",
		"tools/gen/Cargo.toml":                "[package]\nname = \"gen\"\n",
		"tools/gen/src/main.rs":               "fn main() {}",
		"Cargo.lock": `version = 4

[[package]]
name = "openssl-sys"
version = "0.9.104"
dependencies = [
 "cc",
 "libc",
]

[[package]]
name = "my-api"
version = "0.1.0"
`,
		"rust-toolchain.toml": "[toolchain]\nchannel = \"1.94.1\"\ncomponents = [\"clippy\"]\n",
		".cargo/config.toml": `[build]
target = "x86_64-unknown-linux-musl"
rustflags = ["-C", "target-cpu=native"]

[target.x86_64-unknown-linux-musl]
rustflags = "-C target-feature=+crt-static"
`,
		".dockerignore": "# build output\n/target\n.git\n",
	})
	got := Read(dir)
	want := &Context{
		Dir: dir,
		CargoToml: &CargoToml{
			Packages:         []string{"core-lib", "gen", "my-api"},
			Bins:             []string{"admin", "gen", "migrate", "my-api", "seed"},
			WorkspaceMembers: []string{"crates/core", "crates/my-api", "tools/gen"},
		},
		CargoLock:     &CargoLock{OpensslSys: true, Packages: []string{"my-api", "openssl-sys"}},
		RustToolchain: &RustToolchain{File: "rust-toolchain.toml", Channel: "1.94.1"},
		CargoConfig: &CargoConfig{
			File:        ".cargo/config.toml",
			BuildTarget: "x86_64-unknown-linux-musl",
			Rustflags:   []string{"-C", "target-cpu=native", "-C", "target-feature=+crt-static"},
		},
		Dockerignore: &Dockerignore{Present: true, Patterns: []string{"target", ".git"}, IgnoresTarget: true},
	}
	check(t, got, want)
}

// check compares contexts part by part, so a failure shows the values.
func check(t *testing.T, got, want *Context) {
	t.Helper()
	pairs := [][2]any{
		{got.Dir, want.Dir}, {got.CargoToml, want.CargoToml}, {got.CargoLock, want.CargoLock},
		{got.RustToolchain, want.RustToolchain}, {got.CargoConfig, want.CargoConfig}, {got.Dockerignore, want.Dockerignore},
	}
	for _, p := range pairs {
		if !reflect.DeepEqual(p[0], p[1]) {
			t.Errorf("got %+v, want %+v", deref(p[0]), deref(p[1]))
		}
	}
}

func deref(v any) any {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && !rv.IsNil() {
		return rv.Elem().Interface()
	}
	return v
}

func TestReadEmptyContext(t *testing.T) {
	dir := t.TempDir()
	got := Read(dir)
	check(t, got, &Context{Dir: dir, Dockerignore: &Dockerignore{Patterns: []string{}}})
}

// Files that do not parse give no facts, not an error.
func TestReadBrokenFilesGiveNoFacts(t *testing.T) {
	dir := write(t, map[string]string{
		"Cargo.toml":          "[package\nname = \"x\"\n",
		"Cargo.lock":          "[[package]]\nname = \"openssl-sys\nversion = 1\n",
		"rust-toolchain.toml": "[toolchain]\nchannel = [\n",
		".cargo/config.toml":  "[build]\ntarget\n",
		".dockerignore":       "target/[\n",
	})
	got := Read(dir)
	check(t, got, &Context{Dir: dir})
}

func TestLegacyToolchainFileAndIgnoreWithoutTarget(t *testing.T) {
	dir := write(t, map[string]string{
		"rust-toolchain": "nightly-2026-02-24\n",
		".cargo/config":  "[build]\ntarget = [\"a-b-c\", \"d-e-f\"]\n",
		".dockerignore":  "**/*.md\n!README.md\n",
		"Cargo.toml":     "[package]\nname = \"tool\"\n",
	})
	got := Read(dir)
	if got.RustToolchain == nil || *got.RustToolchain != (RustToolchain{File: "rust-toolchain", Channel: "nightly-2026-02-24"}) {
		t.Errorf("RustToolchain = %+v", got.RustToolchain)
	}
	if got.CargoConfig == nil || got.CargoConfig.File != ".cargo/config" || got.CargoConfig.BuildTarget != "" {
		t.Errorf("CargoConfig = %+v, want no single build target", got.CargoConfig)
	}
	if d := got.Dockerignore; d == nil || !d.Present || d.IgnoresTarget {
		t.Errorf("Dockerignore = %+v, want present without target", d)
	}
	if c := got.CargoToml; c == nil || len(c.Bins) != 0 || !reflect.DeepEqual(c.Packages, []string{"tool"}) {
		t.Errorf("CargoToml = %+v, want package tool without bins (no src/main.rs)", c)
	}
}

func TestValue(t *testing.T) {
	c := &Context{
		Dir:           "ctx",
		CargoToml:     &CargoToml{Packages: []string{"a-b"}, Bins: []string{"a-b"}, WorkspaceMembers: []string{}},
		RustToolchain: &RustToolchain{File: "rust-toolchain.toml", Channel: "stable"},
		Dockerignore:  &Dockerignore{Patterns: []string{}},
	}
	got := c.Value().String()
	want := ast.MustParseTerm(`{"dir": "ctx",
		"cargo_toml": {"packages": ["a-b"], "bins": ["a-b"], "workspace_members": []},
		"rust_toolchain": {"file": "rust-toolchain.toml", "channel": "stable"},
		"dockerignore": {"present": false, "patterns": [], "ignores_target": false}}`).Value.String()
	if got != want {
		t.Errorf("Value = %s\nwant %s", got, want)
	}
}

func TestParseTOMLSubset(t *testing.T) {
	tables, err := parseTOML([]byte(`name = "top" # comment with "quote"
[a."b.c"]
s = 'lit\n'
e = "esc \"q\" \\ #x"
n = 1
multi = """
[not a header]
"""
arr = ["x", 1, 'y', { k = "v" }, "z"]
[[list]]
name = "first"
[[list]]
name = "second"
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) != 4 {
		t.Fatalf("got %d tables, want 4", len(tables))
	}
	if tables[0].strs["name"] != "top" {
		t.Errorf("top-level name = %q", tables[0].strs["name"])
	}
	ab := tables[1]
	if ab.name != "a.b.c" || ab.strs["s"] != `lit\n` || ab.strs["e"] != `esc "q" \ #x` {
		t.Errorf("table %q: %q", ab.name, ab.strs)
	}
	if !reflect.DeepEqual(ab.lists["arr"], []string{"x", "y", "z"}) {
		t.Errorf("arr = %q", ab.lists["arr"])
	}
	if !tables[2].array || tables[2].strs["name"] != "first" || tables[3].strs["name"] != "second" {
		t.Errorf("array tables: %+v %+v", tables[2], tables[3])
	}
	for _, bad := range []string{"[a\n", "k = \"x\n", "k = [\"a\"\n", "just words\n", "k = \"a\" b\n"} {
		if _, err := parseTOML([]byte(bad)); err == nil {
			t.Errorf("parseTOML(%q) succeeded, want an error", bad)
		}
	}
}
