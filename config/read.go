package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Names are the file names searched for, in order of preference.
var (
	Names         = []string{".ferrolint.yaml", ".ferrolint.yml"}
	HadolintNames = []string{".hadolint.yaml", ".hadolint.yml"}
)

// Find returns the configuration that applies to files in dir: the nearest
// .ferrolint.yaml in dir or above it, else the nearest .hadolint.yaml, else
// "".
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for _, names := range [][]string{Names, HadolintNames} {
		for d := abs; ; d = filepath.Dir(d) {
			for _, n := range names {
				p := filepath.Join(d, n)
				if info, err := os.Stat(p); err == nil && !info.IsDir() {
					return relToWD(p), nil
				}
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	return "", nil
}

// relToWD shortens an absolute path below the working directory, for
// messages.
func relToWD(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if rel, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return p
}

// IsHadolint tells from its name whether a file is a hadolint
// configuration (.hadolint.yaml, hadolint.yml, ...).
func IsHadolint(path string) bool {
	return strings.Contains(strings.ToLower(filepath.Base(path)), "hadolint")
}

// Load reads and checks a configuration file.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if pe, ok := errors.AsType[*os.PathError](err); ok {
			err = pe.Err
		}
		return nil, &Error{File: path, Msg: err.Error()}
	}
	return Parse(path, data, IsHadolint(path))
}

// Parse reads a configuration from data; path names it in errors and
// anchors its relative paths.
func Parse(path string, data []byte, hadolint bool) (*Config, error) {
	c := Default()
	c.Path, c.Hadolint = path, hadolint
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlError(path, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return c, nil // an empty file is the defaults
	}
	root := deref(doc.Content[0])
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return c, nil
	}
	r := &reader{file: path, dir: filepath.Dir(path), c: c}
	if root.Kind != yaml.MappingNode {
		return nil, r.errf(root, "want a mapping of settings, got %s", kindName(root))
	}
	keys := ferrolintKeys
	if hadolint {
		keys = hadolintKeys
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := deref(root.Content[i]), deref(root.Content[i+1])
		if seen[k.Value] {
			return nil, r.errf(k, "%q is set twice", k.Value)
		}
		seen[k.Value] = true
		read, ok := keys[k.Value]
		if !ok {
			return nil, r.errf(k, "unknown key %q (known: %s)", k.Value, strings.Join(sortedKeys(keys), ", "))
		}
		if err := read(r, k, v); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// reader reads one file's values into c.
type reader struct {
	file string
	dir  string
	c    *Config
}

func (r *reader) errf(n *yaml.Node, format string, args ...any) error {
	return &Error{File: r.file, Line: n.Line, Msg: fmt.Sprintf(format, args...)}
}

var (
	yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	// The problems the YAML parser (not its scanner) reports.
	yamlParserError = regexp.MustCompile(`^did not find expected (key|node content|',' or|'-' indicator|<document start>)`)
)

// yamlError puts the line of a YAML syntax error in front, like the other
// errors.
func yamlError(path string, err error) error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		if yamlParserError.MatchString(m[2]) {
			line++ // the YAML package gives parser errors 0-based lines
		}
		return &Error{File: path, Line: line, Msg: "invalid YAML: " + m[2]}
	}
	return &Error{File: path, Msg: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
}

// deref follows YAML aliases (*name) to the node they stand for.
func deref(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	switch n.Tag {
	case "!!null":
		return "nothing"
	case "!!bool":
		return "a boolean"
	case "!!int", "!!float":
		return "a number"
	}
	return "a string"
}

func (r *reader) str(k, v *yaml.Node) (string, error) {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
		return "", r.errf(v, "%s: want a string, got %s", k.Value, kindName(v))
	}
	return v.Value, nil
}

func (r *reader) oneOf(k, v *yaml.Node, allowed ...string) (string, error) {
	s, err := r.str(k, v)
	if err == nil && !slices.Contains(allowed, s) {
		err = r.errf(v, "%s: %q is not one of %s", k.Value, s, strings.Join(allowed, ", "))
	}
	return s, err
}

func (r *reader) boolean(k, v *yaml.Node) (bool, error) {
	if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" {
		return false, r.errf(v, "%s: want true or false, got %s", k.Value, kindName(v))
	}
	return v.Value == "true", nil
}

// strs reads a list of strings; single is true where a lone string stands
// for a list of one, as hadolint allows.
func (r *reader) strs(k, v *yaml.Node, single bool) ([]string, []int, error) {
	if single && v.Kind == yaml.ScalarNode && v.Tag == "!!str" {
		return []string{v.Value}, []int{v.Line}, nil
	}
	if v.Kind != yaml.SequenceNode {
		return nil, nil, r.errf(v, "%s: want a list of strings, got %s", k.Value, kindName(v))
	}
	var out []string
	var lines []int
	for _, e := range v.Content {
		e = deref(e)
		if e.Kind != yaml.ScalarNode || e.Tag == "!!null" {
			return nil, nil, r.errf(e, "%s: want a string, got %s", k.Value, kindName(e))
		}
		out = append(out, e.Value)
		lines = append(lines, e.Line)
	}
	return out, lines, nil
}

// mapping calls each for the pairs of a mapping, in order.
func (r *reader) mapping(k, v *yaml.Node, each func(k, v *yaml.Node) error) error {
	if v.Kind != yaml.MappingNode {
		if v.Tag == "!!null" {
			return nil
		}
		return r.errf(v, "%s: want a mapping, got %s", k.Value, kindName(v))
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		if err := each(deref(v.Content[i]), deref(v.Content[i+1])); err != nil {
			return err
		}
	}
	return nil
}

// paths reads a list of paths written relative to the config file.
func (r *reader) paths(k, v *yaml.Node) ([]string, error) {
	ps, _, err := r.strs(k, v, true)
	for i, p := range ps {
		if !filepath.IsAbs(p) {
			ps[i] = filepath.Join(r.dir, p)
		}
	}
	return ps, err
}

var labelTypes = []string{"text", "url", "semver", "hash", "rfc3339", "spdx", "email"}

func (r *reader) labelSchema(k, v *yaml.Node) error {
	return r.mapping(k, v, func(lk, lv *yaml.Node) error {
		t, err := r.oneOf(lk, lv, labelTypes...)
		r.c.LabelSchema[lk.Value] = t
		return err
	})
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
