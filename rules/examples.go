package rules

import (
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Examples are two short Dockerfiles that show a rule: Bad fires it, Good is
// the same file fixed. Context holds build-context files (name to content)
// that both need, such as a Cargo.toml the rule reads; Config is the
// .ferrolint.yaml both are linted with, for rules that need a setting;
// Registry gives the platforms (os/arch[/variant]) of the images they name,
// for rules that need the registry.
type Examples struct {
	Bad      string
	Good     string
	Context  map[string]string
	Config   string
	Registry map[string][]string
}

// Empty reports whether the rule has no examples at all.
func (x Examples) Empty() bool {
	return x.Bad == "" && x.Good == "" && len(x.Context) == 0 && x.Config == "" && len(x.Registry) == 0
}

// ContextFiles returns the names of the context files, sorted.
func (x Examples) ContextFiles() []string {
	names := make([]string, 0, len(x.Context))
	for name := range x.Context {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// Images returns the names of the images in Registry, sorted.
func (x Examples) Images() []string {
	names := make([]string, 0, len(x.Registry))
	for name := range x.Registry {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// readDocs reads custom.examples and custom.sources of a rule's
// annotation into r; a value of the wrong shape is an error at the
// annotation's line.
func readDocs(file string, a *ast.Annotations, r *Rule) error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%s:%d: rule %s: %s", file, a.Location.Row, r.ID, fmt.Sprintf(format, args...))
	}
	if raw, ok := a.Custom["examples"]; ok && raw != nil {
		m, ok := raw.(map[string]any)
		if !ok {
			return fail("custom.examples is %s; want a map with bad, good, context, config and registry", typeName(raw))
		}
		for key, v := range m {
			switch key {
			case "bad", "good", "config":
				s, ok := v.(string)
				if !ok {
					what := "a Dockerfile"
					if key == "config" {
						what = "a .ferrolint.yaml"
					}
					return fail("custom.examples.%s is %s; want a string (%s)", key, typeName(v), what)
				}
				switch key {
				case "bad":
					r.Examples.Bad = s
				case "good":
					r.Examples.Good = s
				default:
					r.Examples.Config = s
				}
			case "context":
				files, ok := v.(map[string]any)
				if !ok {
					return fail("custom.examples.context is %s; want a map of file name to content", typeName(v))
				}
				r.Examples.Context = make(map[string]string, len(files))
				for name, content := range files {
					if !localName(name) {
						return fail("custom.examples.context: %q is not a relative path inside the build context", name)
					}
					s, ok := content.(string)
					if !ok {
						return fail("custom.examples.context[%q] is %s; want a string", name, typeName(content))
					}
					r.Examples.Context[name] = s
				}
			case "registry":
				images, ok := v.(map[string]any)
				if !ok {
					return fail("custom.examples.registry is %s; want a map of image to platforms", typeName(v))
				}
				r.Examples.Registry = make(map[string][]string, len(images))
				for image, ps := range images {
					list, ok := ps.([]any)
					if !ok {
						return fail("custom.examples.registry[%q] is %s; want a list of platforms", image, typeName(ps))
					}
					platforms := []string{}
					for _, p := range list {
						s, ok := p.(string)
						if !ok {
							return fail("custom.examples.registry[%q] holds %s; want platforms such as linux/amd64", image, typeName(p))
						}
						platforms = append(platforms, s)
					}
					r.Examples.Registry[image] = platforms
				}
			default:
				return fail("custom.examples has unknown key %q; want bad, good, context, config or registry", key)
			}
		}
	}
	if raw, ok := a.Custom["sources"]; ok && raw != nil {
		list, ok := raw.([]any)
		if !ok {
			return fail("custom.sources is %s; want a list of URLs", typeName(raw))
		}
		for i, v := range list {
			s, ok := v.(string)
			if !ok {
				return fail("custom.sources[%d] is %s; want a URL string", i, typeName(v))
			}
			if u, err := url.Parse(s); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
				return fail("custom.sources[%d] %q is not an http(s) URL", i, s)
			}
			r.Sources = append(r.Sources, s)
		}
	}
	return nil
}

// localName reports whether name stays inside the directory it is joined
// to: relative, without .. segments.
func localName(name string) bool {
	clean := path.Clean(name)
	return name != "" && !path.IsAbs(name) && !strings.Contains(name, `\`) &&
		clean != "." && clean != ".." && !strings.HasPrefix(clean, "../")
}

// typeName names the YAML type of a metadata value for error messages.
func typeName(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case []any:
		return "a list"
	case map[string]any:
		return "a map"
	case bool:
		return "a boolean"
	case nil:
		return "empty"
	}
	return "a number"
}
