package registry

import (
	"context"
	"sync"
)

// Lookup tells the platforms of an image: Client asks the registry, Cache
// remembers, Static answers from a table.
type Lookup interface {
	Platforms(ctx context.Context, ref Ref) ([]string, error)
}

// Cache looks each image up once per run, however many Dockerfiles name it
// and however many goroutines ask at once. The slices it returns are shared:
// callers must not modify them.
type Cache struct {
	lookup  Lookup
	onError func(Ref, error)

	mu      sync.Mutex
	entries map[Ref]*entry
}

type entry struct {
	done      chan struct{} // closed when the lookup has finished
	platforms []string
	err       error
}

// NewCache wraps l. onError, if not nil, is called once for each image
// whose lookup fails.
func NewCache(l Lookup, onError func(Ref, error)) *Cache {
	return &Cache{lookup: l, onError: onError, entries: map[Ref]*entry{}}
}

// Platforms returns the first lookup's answer for ref, waiting for it when
// another goroutine is asking.
func (c *Cache) Platforms(ctx context.Context, ref Ref) ([]string, error) {
	c.mu.Lock()
	e, found := c.entries[ref]
	if !found {
		e = &entry{done: make(chan struct{})}
		c.entries[ref] = e
	}
	c.mu.Unlock()
	if found {
		select {
		case <-e.done:
			return e.platforms, e.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	e.platforms, e.err = c.lookup.Platforms(ctx, ref)
	close(e.done)
	if e.err != nil && c.onError != nil {
		c.onError(ref, e.err)
	}
	return e.platforms, e.err
}
