package rules

import (
	"context"
	"errors"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
)

// maxShards bounds how many compilers the embedded rules are split over.
// Each shard compiles every library again, so more shards than cores, or
// than four, cost more than they save.
const maxShards = 4

// shard is a part of the rules compiled on its own, so that start-up, which
// is mostly OPA's compiler, runs on several cores. Rule modules do not refer
// to each other, only to libraries, which every shard has.
type shard struct {
	mods     []*module
	compiler *ast.Compiler
	query    rego.PreparedEvalQuery
	vars     []string // query variable of each enabled rule in the shard
}

// splitModules puts every library in each shard and spreads the rule
// modules over the shards by size, largest first onto the lightest shard.
// User policies may refer to anything, so with them everything is one shard.
func splitModules(mods, user []*module) []*shard {
	n := min(runtime.GOMAXPROCS(0), maxShards)
	if len(user) > 0 || n < 2 {
		return []*shard{{mods: append(slices.Clone(mods), user...)}}
	}
	var libs, ruled []*module
	for _, m := range mods {
		if m.rule == nil {
			libs = append(libs, m)
		} else {
			ruled = append(ruled, m)
		}
	}
	slices.SortStableFunc(ruled, func(a, b *module) int { return b.size - a.size })
	shards := make([]*shard, n)
	load := make([]int, n)
	for i := range shards {
		shards[i] = &shard{mods: slices.Clone(libs)}
	}
	for _, m := range ruled {
		i := 0
		for k := range load {
			if load[k] < load[i] {
				i = k
			}
		}
		shards[i].mods = append(shards[i].mods, m)
		load[i] += m.size
	}
	return shards
}

// compileShards compiles the shards at the same time; the error lists every
// shard's errors.
func compileShards(shards []*shard, schema []byte, caps *ast.Capabilities) error {
	errs := make([]error, len(shards))
	var wg sync.WaitGroup
	for i, s := range shards {
		wg.Go(func() { s.compiler, errs[i] = compileWith(s.mods, schema, caps) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// prepare prepares the query of each shard that has enabled rules, at the
// same time.
func prepareShards(shards []*shard, store storage.Store, body [][]string) error {
	errs := make([]error, len(shards))
	var wg sync.WaitGroup
	for i, s := range shards {
		if len(body[i]) == 0 {
			continue
		}
		wg.Go(func() {
			s.query, errs[i] = rego.New(rego.Compiler(s.compiler), rego.Store(store), rego.Query(strings.Join(body[i], "; "))).PrepareForEval(context.Background())
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}
