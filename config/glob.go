package config

import (
	"path"
	"path/filepath"
	"strings"
)

// Match tells whether the absolute path abs is excluded by the pattern. A
// pattern without a slash matches a file or directory name at any depth
// (*.tmpl.Dockerfile, legacy); one with a slash is matched against the path
// relative to the config file's directory, where ** spans any number of
// directories (services/*/Dockerfile.dev, vendor/**). A pattern that matches
// a directory excludes everything below it.
func (g Glob) Match(abs string) bool {
	rel, err := filepath.Rel(g.Dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	segs := strings.Split(filepath.ToSlash(rel), "/")
	pat := strings.TrimSuffix(g.Pattern, "/")
	if !strings.Contains(pat, "/") {
		for _, s := range segs {
			if ok, _ := path.Match(pat, s); ok {
				return true
			}
		}
		return false
	}
	ps := strings.Split(strings.TrimPrefix(pat, "/"), "/")
	for n := 1; n <= len(segs); n++ {
		if matchSegs(ps, segs[:n]) {
			return true
		}
	}
	return false
}

// matchSegs matches path segments against pattern segments, ** matching
// zero or more segments.
func matchSegs(ps, segs []string) bool {
	if len(ps) == 0 {
		return len(segs) == 0
	}
	if ps[0] == "**" {
		for i := 0; i <= len(segs); i++ {
			if matchSegs(ps[1:], segs[i:]) {
				return true
			}
		}
		return false
	}
	if len(segs) == 0 {
		return false
	}
	if ok, _ := path.Match(ps[0], segs[0]); !ok {
		return false
	}
	return matchSegs(ps[1:], segs[1:])
}

// validGlob reports a malformed pattern, e.g. an unclosed [.
func validGlob(p string) bool {
	for s := range strings.SplitSeq(p, "/") {
		if _, err := path.Match(s, ""); err != nil {
			return false
		}
	}
	return true
}
