package cli

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// target is one file to lint.
type target struct {
	path  string // as shown in output: as given, or the --stdin-filename
	stdin bool
}

// skipDirs are directories that a search does not enter: VCS data,
// dependencies and build output.
var skipDirs = map[string]bool{".git": true, "node_modules": true, "target": true, "vendor": true}

// discover expands the command line paths into the files to lint, sorted by
// path and each listed once. It reports a path that cannot be read on
// stderr and goes on with the others; ok is false when that happened.
func discover(paths []string, stdinName string, stderr io.Writer) (targets []target, ok bool) {
	ok = true
	seen := map[target]bool{}
	add := func(t target) {
		if key := t.key(); !seen[key] {
			seen[key] = true
			targets = append(targets, t)
		}
	}
	for _, p := range paths {
		if p == "-" {
			add(target{path: stdinName, stdin: true})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			fmt.Fprintf(stderr, "ferrolint: %s: %v\n", p, pathless(err))
			ok = false
			continue
		}
		if !info.IsDir() {
			add(target{path: p}) // named explicitly: linted whatever its name
			continue
		}
		found, walked := walk(p, stderr)
		ok = ok && walked
		if len(found) == 0 {
			fmt.Fprintf(stderr, "ferrolint: no Dockerfiles found in %s\n", p)
		}
		for _, f := range found {
			add(target{path: f})
		}
	}
	slices.SortFunc(targets, func(a, b target) int { return cmp.Compare(a.path, b.path) })
	return targets, ok
}

// key identifies the file a target reads, so that ./Dockerfile and
// Dockerfile, or a file named and also found in a directory, count once.
func (t target) key() target {
	if t.stdin {
		return target{stdin: true}
	}
	return target{path: filepath.Clean(t.path)}
}

// walk finds the Dockerfiles under root. It does not enter symlinked
// directories, which could loop, and skips files that are neither regular
// files nor symlinks to one.
func walk(root string, stderr io.Writer) (found []string, ok bool) {
	ok = true
	// A trailing separator makes WalkDir descend into root when root itself
	// is a symlink to a directory; the paths it yields are cleaned anyway.
	start := root
	if !strings.HasSuffix(start, string(filepath.Separator)) {
		start += string(filepath.Separator)
	}
	filepath.WalkDir(start, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "ferrolint: %s: %v\n", path, pathless(err))
			ok = false
			return nil // skip what cannot be read, keep walking
		case d.IsDir():
			if path != start && skipDirs[d.Name()] {
				return filepath.SkipDir
			}
		case isDockerfileName(d.Name()) && isRegular(path, d):
			found = append(found, path)
		}
		return nil
	})
	return found, ok
}

func isRegular(path string, d fs.DirEntry) bool {
	if d.Type()&fs.ModeSymlink == 0 {
		return d.Type().IsRegular()
	}
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}

// isDockerfileName tells whether a file found in a directory is linted.
func isDockerfileName(name string) bool {
	switch name {
	case "Dockerfile", "Containerfile", "dockerfile", "containerfile":
		return true
	}
	if strings.HasSuffix(name, ".dockerignore") {
		return false // BuildKit's per-Dockerfile ignore file, e.g. Dockerfile.dockerignore
	}
	return strings.HasPrefix(name, "Dockerfile.") ||
		strings.HasSuffix(name, ".Dockerfile") ||
		strings.HasSuffix(name, ".dockerfile")
}

// pathless drops the operation and path from an *fs.PathError, because
// messages already name the path.
func pathless(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}
