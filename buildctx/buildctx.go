// Package buildctx reads facts about a Dockerfile's build context that
// Rust rules need and a Dockerfile does not say: the binary names
// (Cargo.toml and workspace members), how OpenSSL is linked (Cargo.lock),
// the pinned toolchain (rust-toolchain.toml), the build target and rustflags
// (.cargo/config.toml) and whether .dockerignore keeps target/ out. A file
// that is missing or does not parse gives no facts, never an error: a lint
// must not fail because a project file is unusual.
package buildctx

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// Context holds the facts of one context directory. Nil parts are absent.
type Context struct {
	Dir           string
	CargoToml     *CargoToml
	CargoLock     *CargoLock
	RustToolchain *RustToolchain
	CargoConfig   *CargoConfig
	Dockerignore  *Dockerignore
}

// CargoToml describes the root manifest and its workspace members.
type CargoToml struct {
	Packages         []string // package names as written
	Bins             []string // binary target names (hyphens kept)
	WorkspaceMembers []string // member directories, globs expanded
}

// CargoLock records which packages are locked.
type CargoLock struct {
	OpensslSys bool
	OpensslSrc bool
	Packages   []string
}

// RustToolchain is the channel a toolchain file pins.
type RustToolchain struct {
	File    string
	Channel string
}

// CargoConfig is the [build] section of .cargo/config.toml.
type CargoConfig struct {
	File        string
	BuildTarget string
	Rustflags   []string
}

// Dockerignore tells whether the context keeps target/ out.
type Dockerignore struct {
	Present       bool
	Patterns      []string
	IgnoresTarget bool
}

// Read reads the facts of the context directory dir.
func Read(dir string) *Context {
	c := &Context{Dir: dir}
	c.CargoToml = readCargoToml(dir)
	c.CargoLock = readCargoLock(filepath.Join(dir, "Cargo.lock"))
	c.RustToolchain = readToolchain(dir)
	c.CargoConfig = readCargoConfig(dir)
	c.Dockerignore = readDockerignore(dir)
	return c
}

func readTOML(path string) []*table {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	tables, err := parseTOML(src)
	if err != nil {
		return nil
	}
	return tables
}

func find(tables []*table, name string) *table {
	for _, t := range tables {
		if t.name == name && !t.array {
			return t
		}
	}
	return nil
}

// readCargoToml reads the root manifest and, for a workspace, each member's.
func readCargoToml(dir string) *CargoToml {
	root := readTOML(filepath.Join(dir, "Cargo.toml"))
	if root == nil {
		return nil
	}
	out := &CargoToml{Packages: []string{}, Bins: []string{}, WorkspaceMembers: []string{}}
	addPackage(out, dir, root)
	if ws := find(root, "workspace"); ws != nil {
		for _, pattern := range ws.lists["members"] {
			matches, _ := filepath.Glob(filepath.Join(dir, filepath.FromSlash(pattern)))
			for _, m := range matches {
				member := readTOML(filepath.Join(m, "Cargo.toml"))
				if member == nil {
					continue
				}
				rel, _ := filepath.Rel(dir, m)
				out.WorkspaceMembers = append(out.WorkspaceMembers, filepath.ToSlash(rel))
				addPackage(out, m, member)
			}
		}
	}
	for _, s := range []*[]string{&out.Packages, &out.Bins, &out.WorkspaceMembers} {
		sort.Strings(*s)
		*s = slices.Compact(*s)
	}
	return out
}

// addPackage records a manifest's package and binary targets: [[bin]] names,
// the package name when src/main.rs exists (unless autobins = false is
// written, which this reader does not see, so it errs towards more names),
// and the stems of src/bin/*.rs and src/bin/<name>/main.rs.
func addPackage(out *CargoToml, dir string, tables []*table) {
	pkg := find(tables, "package")
	if pkg == nil || pkg.strs["name"] == "" {
		return
	}
	name := pkg.strs["name"]
	out.Packages = append(out.Packages, name)
	for _, t := range tables {
		if t.array && t.name == "bin" && t.strs["name"] != "" {
			out.Bins = append(out.Bins, t.strs["name"])
		}
	}
	if isFile(filepath.Join(dir, "src", "main.rs")) {
		out.Bins = append(out.Bins, name)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "src", "bin"))
	for _, e := range entries {
		switch {
		case !e.IsDir() && strings.HasSuffix(e.Name(), ".rs"):
			out.Bins = append(out.Bins, strings.TrimSuffix(e.Name(), ".rs"))
		case e.IsDir() && isFile(filepath.Join(dir, "src", "bin", e.Name(), "main.rs")):
			out.Bins = append(out.Bins, e.Name())
		}
	}
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

func readCargoLock(path string) *CargoLock {
	tables := readTOML(path)
	if tables == nil {
		return nil
	}
	out := &CargoLock{Packages: []string{}}
	for _, t := range tables {
		if !t.array || t.name != "package" || t.strs["name"] == "" {
			continue
		}
		name := t.strs["name"]
		out.Packages = append(out.Packages, name)
		out.OpensslSys = out.OpensslSys || name == "openssl-sys"
		out.OpensslSrc = out.OpensslSrc || name == "openssl-src"
	}
	sort.Strings(out.Packages)
	out.Packages = slices.Compact(out.Packages)
	return out
}

// readToolchain reads rust-toolchain.toml, else the legacy rust-toolchain,
// which is either TOML or a bare channel name.
func readToolchain(dir string) *RustToolchain {
	for _, name := range []string{"rust-toolchain.toml", "rust-toolchain"} {
		src, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		if tables, err := parseTOML(src); err == nil {
			if t := find(tables, "toolchain"); t != nil && t.strs["channel"] != "" {
				return &RustToolchain{File: name, Channel: t.strs["channel"]}
			}
		}
		if name == "rust-toolchain" {
			if ch := strings.TrimSpace(string(src)); ch != "" && !strings.ContainsAny(ch, "[=\n") {
				return &RustToolchain{File: name, Channel: ch}
			}
		}
		return nil
	}
	return nil
}

// readCargoConfig reads [build] target and the rustflags of [build] and of
// every [target.<triple>] table. A target list with several triples builds
// for each, so it names no single one.
func readCargoConfig(dir string) *CargoConfig {
	for _, name := range []string{filepath.Join(".cargo", "config.toml"), filepath.Join(".cargo", "config")} {
		tables := readTOML(filepath.Join(dir, name))
		if tables == nil {
			continue
		}
		out := &CargoConfig{File: filepath.ToSlash(name), Rustflags: []string{}}
		for _, t := range tables {
			if t.name != "build" && !strings.HasPrefix(t.name, "target.") {
				continue
			}
			if t.name == "build" {
				out.BuildTarget = t.strs["target"]
				if l := t.lists["target"]; len(l) == 1 {
					out.BuildTarget = l[0]
				}
			}
			out.Rustflags = append(out.Rustflags, t.lists["rustflags"]...)
			if s := t.strs["rustflags"]; s != "" {
				out.Rustflags = append(out.Rustflags, strings.Fields(s)...)
			}
		}
		return out
	}
	return nil
}
