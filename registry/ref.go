// Package registry asks an image registry (the OCI distribution API) which
// platforms an image is built for. Lookups are anonymous, bounded in time,
// and cached for the run; a failed lookup leaves the platforms unknown.
package registry

import (
	"net"
	"strings"
)

// Ref names an image in a registry, as the input model splits it.
type Ref struct {
	Registry   string // e.g. docker.io, gcr.io, localhost:5000
	Repository string // e.g. library/rust
	Tag        string // "" means latest unless Digest is set
	Digest     string
}

// String is the reference as written on a FROM line.
func (r Ref) String() string {
	s := r.Registry + "/" + r.Repository
	if r.Tag != "" {
		s += ":" + r.Tag
	}
	if r.Digest != "" {
		s += "@" + r.Digest
	}
	return s
}

// reference is what the manifest endpoint takes: the digest when there is
// one (it pins the content), else the tag.
func (r Ref) reference() string {
	switch {
	case r.Digest != "":
		return r.Digest
	case r.Tag != "":
		return r.Tag
	}
	return "latest"
}

// host is where the registry's API answers: Docker Hub's name is not its
// API host.
func (r Ref) host() string {
	switch r.Registry {
	case "docker.io", "index.docker.io", "registry-1.docker.io":
		return "registry-1.docker.io"
	}
	return r.Registry
}

// scheme is http for registries on this machine, as Docker treats
// 127.0.0.0/8 and localhost as insecure registries, and https elsewhere.
func (r Ref) scheme() string {
	h := r.host()
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	h = strings.Trim(h, "[]")
	if h == "localhost" {
		return "http"
	}
	if ip := net.ParseIP(h); ip != nil && ip.IsLoopback() {
		return "http"
	}
	return "https"
}
