package registry

import (
	"context"
	"fmt"

	"github.com/distribution/reference"
)

// Static answers lookups from a table, for tests and examples that run
// offline. An image not in the table is an error, as a 404 would be.
type Static map[Ref][]string

// NewStatic builds a Static from image references as written on a FROM
// line (rust:1.94, gcr.io/distroless/cc-debian13:nonroot).
func NewStatic(images map[string][]string) (Static, error) {
	out := Static{}
	for image, ps := range images {
		named, err := reference.ParseNormalizedNamed(image)
		if err != nil {
			return nil, fmt.Errorf("image %q: %w", image, err)
		}
		ref := Ref{Registry: reference.Domain(named), Repository: reference.Path(named)}
		if t, ok := named.(reference.Tagged); ok {
			ref.Tag = t.Tag()
		}
		if d, ok := named.(reference.Digested); ok {
			ref.Digest = d.Digest().String()
		}
		out[ref] = ps
	}
	return out, nil
}

// Platforms returns the table's entry for ref.
func (s Static) Platforms(_ context.Context, ref Ref) ([]string, error) {
	ps, ok := s[ref]
	if !ok {
		return nil, fmt.Errorf("%s: not in the table", ref)
	}
	return ps, nil
}
