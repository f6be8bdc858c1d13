package rules

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
)

// singleQuery is one rule's own query, prepared on first use: it is only
// needed when the query of all rules fails.
type singleQuery struct {
	once sync.Once
	q    rego.PreparedEvalQuery
	err  error
}

// evalRules evaluates the enabled Rego rules against f with one query.
// When that query fails it evaluates the rules one by one, so that the
// error names the failing rules and the others' findings are kept. Those
// run GOMAXPROCS at a time, each with the full timeout, so that a slow
// rule neither starves nor blames the others. The error joins one error
// per failing rule.
func (e *Engine) evalRules(ctx context.Context, f *dockerfile.File) ([]Finding, error) {
	input := f.Value()
	out, err := e.evalShards(ctx, input, f)
	if err == nil || ctx.Err() != nil {
		return out, err
	}
	var vars []string
	for _, s := range e.shards {
		vars = append(vars, s.vars...)
	}
	found := make([][]Finding, len(vars))
	errs := make([]error, len(vars))
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, v := range vars {
		wg.Go(func() {
			slots <- struct{}{}
			defer func() { <-slots }()
			r := e.byVar[v]
			q, err := e.singleQuery(r)
			var rs rego.ResultSet
			if err == nil {
				rs, err = e.evalQuery(ctx, q, input)
			}
			if err != nil {
				errs[i] = fmt.Errorf("rule %s: %w", r.ID, err)
				return
			}
			found[i], errs[i] = e.findings(r, f, rs, "x")
		})
	}
	wg.Wait()
	return slices.Concat(found...), errors.Join(errs...)
}

// evalShards evaluates the query of every shard. An evaluation error is
// returned alone; malformed findings are joined errors beside the others.
func (e *Engine) evalShards(ctx context.Context, input ast.Value, f *dockerfile.File) ([]Finding, error) {
	var out []Finding
	var errs []error
	for _, s := range e.shards {
		if len(s.vars) == 0 {
			continue
		}
		rs, err := e.evalQuery(ctx, s.query, input)
		if err != nil {
			return nil, err
		}
		for _, v := range s.vars {
			fds, err := e.findings(e.byVar[v], f, rs, v)
			out = append(out, fds...)
			errs = append(errs, err)
		}
	}
	return out, errors.Join(errs...)
}

// evalQuery runs q with the engine's timeout.
func (e *Engine) evalQuery(ctx context.Context, q rego.PreparedEvalQuery, input ast.Value) (rego.ResultSet, error) {
	ctx, cancel := context.WithTimeout(ctx, e.custom.timeout)
	defer cancel()
	rs, err := q.Eval(ctx, rego.EvalParsedInput(input))
	if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return nil, fmt.Errorf("evaluation did not finish within %s (--timeout)", e.custom.timeout)
	}
	return rs, err
}

func (e *Engine) singleQuery(r *Rule) (rego.PreparedEvalQuery, error) {
	s := e.custom.single[r]
	s.once.Do(func() {
		s.q, s.err = rego.New(rego.Compiler(e.shardOf[r].compiler), rego.Store(e.custom.store), rego.Query("x := "+e.custom.ref(r))).PrepareForEval(context.Background())
	})
	return s.q, s.err
}

// findings reads rule r's findings from the binding v of the results. A
// malformed finding is an error naming the rule; the rule's well-formed
// findings are kept.
func (e *Engine) findings(r *Rule, f *dockerfile.File, rs rego.ResultSet, v string) ([]Finding, error) {
	var out []Finding
	for _, res := range rs {
		set, _ := res.Bindings[v].([]any)
		for _, x := range set {
			var fd Finding
			var err error
			if _, ok := e.custom.conftest[r]; ok {
				fd, err = conftestFinding(r, f, x)
			} else {
				fd, err = toFinding(r, f, x)
			}
			if err != nil {
				return out, fmt.Errorf("rule %s: %w", r.ID, err)
			}
			out = append(out, fd)
		}
	}
	return out, nil
}

// overrideSeverities gives findings the severity configured for their rule.
func (x *custom) overrideSeverities(fds []Finding) {
	for i := range fds {
		if sev, ok := x.severity[fds[i].Rule]; ok {
			fds[i].Severity = sev
		}
	}
}
