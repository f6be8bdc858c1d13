package rules

import (
	"context"
	"fmt"
	"io/fs"

	"github.com/ferrolint/ferrolint/policy"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
)

// TestResult is the outcome of one Rego test rule.
type TestResult struct {
	Name string // package.test_name
	File string
	Line int
	Pass bool
	Err  error
}

// RunPolicyTests runs the _test.rego unit tests of the built-in packs,
// type-checked against the input schema like the rules themselves.
func RunPolicyTests(ctx context.Context) ([]TestResult, error) {
	mods, err := loadModules(policy.FS, true)
	if err != nil {
		return nil, err
	}
	schema, err := fs.ReadFile(policy.FS, policy.SchemaFile)
	if err != nil {
		return nil, err
	}
	c, err := compile(mods, schema)
	if err != nil {
		return nil, err
	}
	byName := byFile(mods)
	ch, err := tester.NewRunner().SetCompiler(c).SetModules(byName).Run(ctx, byName)
	if err != nil {
		return nil, err
	}
	return collect(ch), nil
}

// collect reads the runner's results.
func collect(ch chan *tester.Result) []TestResult {
	var out []TestResult
	for r := range ch {
		res := TestResult{Name: r.Package + "." + r.Name, Pass: r.Pass(), Err: r.Error}
		if r.Location != nil {
			res.File, res.Line = r.Location.File, r.Location.Row
		}
		if r.Fail && res.Err == nil {
			res.Err = fmt.Errorf("test failed")
		}
		out = append(out, res)
	}
	return out
}

// byFile indexes modules by file name, as OPA's tester wants them.
func byFile(mods []*module) map[string]*ast.Module {
	out := make(map[string]*ast.Module, len(mods))
	for _, m := range mods {
		out[m.file] = m.mod
	}
	return out
}
