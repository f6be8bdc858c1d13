package rules

import (
	"cmp"
	"context"
	"io/fs"
	"time"

	"github.com/ferrolint/ferrolint/policy"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
)

// TestOptions configures RunUserPolicyTests.
type TestOptions struct {
	Data                 map[string]any // under data, as when linting
	Config               map[string]any // under data.ferrolint.config
	AllowNetworkBuiltins bool
	Timeout              time.Duration // per test; DefaultTimeout if 0
}

// RunUserPolicyTests runs the _test.rego unit tests found in the policy
// directories or files. The policies are compiled with the embedded packs
// (so they can use the shared libraries) and type-checked like when
// linting.
func RunUserPolicyTests(ctx context.Context, paths []string, opts TestOptions) ([]TestResult, error) {
	mods, err := loadModules(policy.FS, false)
	if err != nil {
		return nil, err
	}
	user, err := loadPolicies(paths, true)
	if err != nil {
		return nil, err
	}
	mods = append(mods, user...)
	schema, err := fs.ReadFile(policy.FS, policy.SchemaFile)
	if err != nil {
		return nil, err
	}
	c, err := compileWith(mods, schema, capabilities(opts.AllowNetworkBuiltins))
	if err != nil {
		return nil, hostBuiltinHint(err)
	}
	data, err := mergeData(opts.Data, opts.Config)
	if err != nil {
		return nil, err
	}
	byName := byFile(mods)
	timeout := cmp.Or(opts.Timeout, DefaultTimeout)
	ch, err := tester.NewRunner().SetCompiler(c).SetStore(inmem.NewFromObject(data)).SetTimeout(timeout).SetModules(byName).RunTests(ctx, nil)
	if err != nil {
		return nil, err
	}
	return collect(ch), nil
}
