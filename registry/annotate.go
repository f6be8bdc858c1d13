package registry

import (
	"context"
	"strings"
	"sync"

	"github.com/ferrolint/ferrolint/dockerfile"
)

// Annotate looks up the platforms of every stage's base image that is in a
// registry and records them in the input model (from.ref.platforms). A
// failed lookup leaves them unknown (nil): it never fails the lint.
func Annotate(ctx context.Context, f *dockerfile.File, l Lookup) {
	var wg sync.WaitGroup
	for _, s := range f.Stages {
		ref, ok := RefOf(s.From)
		if !ok {
			continue
		}
		wg.Go(func() {
			if ps, err := l.Platforms(ctx, ref); err == nil {
				s.From.Ref.Platforms = ps
			}
		})
	}
	wg.Wait()
}

// RefOf is the registry image a FROM names; false for a stage, scratch,
// and a reference that is invalid or still holds variables without values.
func RefOf(from *dockerfile.From) (Ref, bool) {
	r := from.Ref
	if from.BaseStage >= 0 || r == nil || !r.Valid || r.Scratch || r.Registry == "" ||
		len(from.MissingArgs) > 0 || strings.ContainsAny(from.Resolved, "$`") {
		return Ref{}, false
	}
	return Ref{Registry: r.Registry, Repository: r.Repository, Tag: r.Tag, Digest: r.Digest}, true
}
