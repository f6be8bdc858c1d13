package dockerfile

import (
	"maps"
	"slices"
	"sort"

	"github.com/moby/buildkit/frontend/dockerfile/shell"
)

// env is the ARG and ENV state while a stage is read. Snapshots are shared
// until the next change, so instructions that change nothing cost nothing.
type env struct {
	vars    map[string]string
	unknown map[string]bool // declared without a known value
	shared  bool
	lex     *shell.Lex
	left    *int // the file's expansion budget
}

// expansionBudget bounds the bytes that variable substitution may add to
// one file, so that variables defined in terms of each other (A2=$A1$A1,
// A3=$A2$A2, ...) cannot grow exponentially. Past it, words are kept as
// written.
const expansionBudget = 16 << 20

func newEnv(lex *shell.Lex, left *int) *env {
	return &env{vars: map[string]string{}, unknown: map[string]bool{}, lex: lex, left: left}
}

func (e *env) set(k, v string) {
	if e.shared {
		e.vars = maps.Clone(e.vars)
		e.shared = false
	}
	e.vars[k] = v
	delete(e.unknown, k)
}

func (e *env) declare(k string) {
	if e.shared {
		e.vars = maps.Clone(e.vars)
		e.shared = false
	}
	delete(e.vars, k)
	e.unknown[k] = true
}

// snapshot returns the current values; the caller must not change them.
func (e *env) snapshot() map[string]string {
	e.shared = true
	return e.vars
}

// Get and Keys make env a shell.EnvGetter.
func (e *env) Get(k string) (string, bool) { v, ok := e.vars[k]; return v, ok }

// Keys lists the variables with values.
func (e *env) Keys() []string { return slices.Sorted(maps.Keys(e.vars)) }

// expand substitutes known variables in word, BuildKit's way. It returns the
// names used that have no value.
func (e *env) expand(word string) (string, []string) {
	g := &budgetedEnv{env: e, left: *e.left}
	res, err := e.lex.ProcessWordWithMatches(word, g)
	if err != nil || g.over {
		return word, nil
	}
	*e.left = g.left
	var missing []string
	for k := range res.Unmatched {
		missing = append(missing, k)
	}
	sort.Strings(missing)
	return res.Result, missing
}

// budgetedEnv gives values while the budget lasts, so that an expansion
// over it stops before it is built.
type budgetedEnv struct {
	*env
	left int
	over bool
}

func (g *budgetedEnv) Get(k string) (string, bool) {
	v, ok := g.env.Get(k)
	if ok && len(v) > g.left {
		g.over = true
		return "", true
	}
	g.left -= len(v)
	return v, ok
}
