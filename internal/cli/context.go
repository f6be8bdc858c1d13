package cli

import (
	"path/filepath"
	"sync"

	"github.com/ferrolint/ferrolint/buildctx"
	"github.com/open-policy-agent/opa/v1/ast"
)

// contexts reads each build context once and shares its facts between the
// Dockerfiles that use it (workers ask concurrently).
type contexts struct {
	dir  string // --context; "" means each Dockerfile's folder
	mu   sync.Mutex
	read map[string]ast.Value
}

func newContexts(dir string) *contexts {
	return &contexts{dir: dir, read: map[string]ast.Value{}}
}

// value is the input.context of a target: the --context directory, else the
// Dockerfile's folder; standard input has none unless --context is given.
// A nil receiver (no context reading) gives none.
func (c *contexts) value(t target) ast.Value {
	if c == nil {
		return nil
	}
	dir := c.dir
	if dir == "" {
		if t.stdin {
			return nil
		}
		dir = filepath.Dir(t.path)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.read[dir]
	if !ok {
		v = buildctx.Read(dir).Value()
		c.read[dir] = v
	}
	return v
}
