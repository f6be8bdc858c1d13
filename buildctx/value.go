package buildctx

import "github.com/open-policy-agent/opa/v1/ast"

// Value is the context object of the input document (input.context, see
// policy/input.schema.json).
func (c *Context) Value() ast.Value {
	items := [][2]*ast.Term{ast.Item(ast.StringTerm("dir"), ast.StringTerm(c.Dir))}
	add := func(key string, v ast.Value) {
		items = append(items, ast.Item(ast.StringTerm(key), ast.NewTerm(v)))
	}
	if t := c.CargoToml; t != nil {
		add("cargo_toml", ast.NewObject(
			ast.Item(ast.StringTerm("packages"), stringArray(t.Packages)),
			ast.Item(ast.StringTerm("bins"), stringArray(t.Bins)),
			ast.Item(ast.StringTerm("workspace_members"), stringArray(t.WorkspaceMembers)),
		))
	}
	if l := c.CargoLock; l != nil {
		add("cargo_lock", ast.NewObject(
			ast.Item(ast.StringTerm("openssl_sys"), ast.BooleanTerm(l.OpensslSys)),
			ast.Item(ast.StringTerm("openssl_src"), ast.BooleanTerm(l.OpensslSrc)),
			ast.Item(ast.StringTerm("packages"), stringArray(l.Packages)),
		))
	}
	if r := c.RustToolchain; r != nil {
		add("rust_toolchain", ast.NewObject(
			ast.Item(ast.StringTerm("file"), ast.StringTerm(r.File)),
			ast.Item(ast.StringTerm("channel"), ast.StringTerm(r.Channel)),
		))
	}
	if g := c.CargoConfig; g != nil {
		add("cargo_config", ast.NewObject(
			ast.Item(ast.StringTerm("file"), ast.StringTerm(g.File)),
			ast.Item(ast.StringTerm("build_target"), ast.StringTerm(g.BuildTarget)),
			ast.Item(ast.StringTerm("rustflags"), stringArray(g.Rustflags)),
		))
	}
	if d := c.Dockerignore; d != nil {
		add("dockerignore", ast.NewObject(
			ast.Item(ast.StringTerm("present"), ast.BooleanTerm(d.Present)),
			ast.Item(ast.StringTerm("patterns"), stringArray(d.Patterns)),
			ast.Item(ast.StringTerm("ignores_target"), ast.BooleanTerm(d.IgnoresTarget)),
		))
	}
	return ast.NewObject(items...)
}

func stringArray(ss []string) *ast.Term {
	ts := make([]*ast.Term, len(ss))
	for i, s := range ss {
		ts[i] = ast.StringTerm(s)
	}
	return ast.ArrayTerm(ts...)
}
