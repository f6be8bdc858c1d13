package rules

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/open-policy-agent/opa/v1/ast"
)

// module is one parsed Rego file.
type module struct {
	file string
	mod  *ast.Module
	rule *Rule // nil for libraries and tests
	size int   // of the source, in bytes
}

// loadModules parses every .rego file under fsys, on all cores: parsing is
// a sixth of start-up. Test files are included only when tests is true. The
// modules are in file order; the error is that of the first bad file.
func loadModules(fsys fs.FS, tests bool) ([]*module, error) {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".rego" {
			return err
		}
		if !strings.HasSuffix(p, "_test.rego") || tests {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]*module, len(files))
	errs := make([]error, len(files))
	next := atomic.Int64{}
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(files); i = int(next.Add(1)) - 1 {
				src, err := fs.ReadFile(fsys, files[i])
				if err == nil {
					out[i], err = parseModule(files[i], src)
				}
				errs[i] = err
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// parseModule parses one Rego v1 file and reads its rule metadata.
func parseModule(file string, src []byte) (*module, error) {
	mod, err := ast.ParseModuleWithOpts(file, string(src), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
	if err != nil {
		return nil, err
	}
	m := &module{file: file, mod: mod, size: len(src)}
	if !strings.HasSuffix(file, "_test.rego") {
		if m.rule, err = ruleOf(file, mod); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// ruleOf reads the rule metadata of a module's package annotation; a
// module without custom.id is a library.
func ruleOf(file string, mod *ast.Module) (*Rule, error) {
	for _, a := range mod.Annotations {
		if a.Scope != "package" {
			continue
		}
		id, _ := a.Custom["id"].(string)
		if id == "" {
			return nil, nil
		}
		r := &Rule{ID: id, Title: a.Title, Description: strings.TrimSpace(a.Description), Package: strings.TrimPrefix(mod.Package.Path.String(), "data.")}
		r.Name, _ = a.Custom["name"].(string)
		r.Fix, _ = a.Custom["fix"].(string)
		if err := readDefault(file, a, r); err != nil {
			return nil, err
		}
		sev, _ := a.Custom["severity"].(string)
		var ok bool
		if r.Severity, ok = ParseSeverity(sev); !ok {
			return nil, fmt.Errorf("%s:%d: rule %s: severity %q is not error, warning, info or style", file, a.Location.Row, id, sev)
		}
		if r.Name == "" {
			return nil, fmt.Errorf("%s:%d: rule %s: custom.name is missing", file, a.Location.Row, id)
		}
		if aliases, ok := a.Custom["aliases"].([]any); ok {
			for _, x := range aliases {
				if s, ok := x.(string); ok {
					r.Aliases = append(r.Aliases, s)
				}
			}
		}
		if err := readDocs(file, a, r); err != nil {
			return nil, err
		}
		r.HelpURI = DocURI(id)
		return r, nil
	}
	return nil, nil
}

// DocURI is the address of a rule's page in docs/rules, which is generated
// from the rule's metadata (go generate ./report).
func DocURI(id string) string {
	return "https://github.com/ferrolint/ferrolint/blob/main/docs/rules/" + id + ".md"
}

// helpURI points at a file of the repository, where documentation lives.
func helpURI(file string) string {
	return "https://github.com/ferrolint/ferrolint/blob/main/policy/" + file
}

// compile type-checks modules against the input schema, without the
// network and runtime builtins.
func compile(mods []*module, schema []byte) (*ast.Compiler, error) {
	return compileWith(mods, schema, capabilities(false))
}

// compileWith is compile allowing only the builtins in caps.
func compileWith(mods []*module, schema []byte, caps *ast.Capabilities) (*ast.Compiler, error) {
	var doc any
	if err := json.Unmarshal(schema, &doc); err != nil {
		return nil, fmt.Errorf("input schema: %w", err)
	}
	ss := ast.NewSchemaSet()
	ss.Put(ast.SchemaRootRef, doc)
	byName := make(map[string]*ast.Module, len(mods))
	for _, m := range mods {
		byName[m.file] = m.mod
	}
	c := ast.NewCompiler().WithSchemas(ss).WithUseTypeCheckAnnotations(true).WithCapabilities(caps)
	if c.Compile(byName); c.Failed() {
		return nil, compileError(c.Errors)
	}
	return c, nil
}

// compileError lists the compiler's errors as file:line: message.
func compileError(errs ast.Errors) error {
	lines := make([]string, 0, len(errs))
	for _, e := range errs {
		if e.Location != nil {
			lines = append(lines, fmt.Sprintf("%s:%d: %s", e.Location.File, e.Location.Row, e.Message))
		} else {
			lines = append(lines, e.Message)
		}
	}
	sort.Strings(lines)
	return fmt.Errorf("policy does not compile:\n  %s", strings.Join(lines, "\n  "))
}
