package dockerfile

import (
	"strings"

	"github.com/distribution/reference"
)

// parseImageRef splits an image reference. Text that is not a valid
// reference (unresolved variables, typos) is split on a best-effort basis
// and marked invalid.
func parseImageRef(s string) *ImageRef {
	if strings.EqualFold(s, "scratch") {
		return &ImageRef{Valid: true, Scratch: true, Name: "scratch"}
	}
	named, err := reference.ParseNormalizedNamed(s)
	if err != nil {
		return splitImageRef(s)
	}
	ref := &ImageRef{Valid: true, Registry: reference.Domain(named), Repository: reference.Path(named)}
	ref.Name = reference.FamiliarName(named)
	if t, ok := named.(reference.Tagged); ok {
		ref.Tag = t.Tag()
	}
	if d, ok := named.(reference.Digested); ok {
		ref.Digest = d.Digest().String()
	}
	return ref
}

func splitImageRef(s string) *ImageRef {
	ref := &ImageRef{}
	name, digest, _ := strings.Cut(s, "@")
	ref.Digest = digest
	if i := strings.LastIndex(name, ":"); i > strings.LastIndex(name, "/") {
		name, ref.Tag = name[:i], name[i+1:]
	}
	ref.Name = name
	ref.Repository = name
	ref.Registry = "docker.io"
	if i := strings.Index(name, "/"); i > 0 && (strings.ContainsAny(name[:i], ".:") || name[:i] == "localhost") {
		ref.Registry, ref.Repository = name[:i], name[i+1:]
	} else if !strings.Contains(name, "/") {
		ref.Repository = "library/" + name
	}
	return ref
}
