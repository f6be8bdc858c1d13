// Package registrytest serves a fake image registry for tests: the
// distribution API's manifest and blob endpoints behind an anonymous
// Bearer token challenge, as Docker Hub answers.
package registrytest

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

// Image is what the fake registry holds for one repository:tag.
type Image struct {
	// Platforms are os/arch[/variant] strings.
	Platforms []string
	// Index serves an OCI index (with an attestation entry, as BuildKit
	// pushes); otherwise the one platform is a Docker manifest whose config
	// blob names it.
	Index bool
}

// Registry is a running fake registry. Host is its address as an image
// reference names it (127.0.0.1:PORT).
type Registry struct {
	*httptest.Server
	Host string

	images map[string]Image // repository:tag
	blobs  map[string][]byte
	delay  time.Duration

	mu       sync.Mutex
	requests map[string]int // path -> count
}

// New starts a registry holding images, keyed repository:tag
// (library/alpine:3.20). Close it when done.
func New(images map[string]Image) *Registry {
	return NewSlow(images, 0)
}

// NewSlow starts a registry that waits delay before answering a manifest
// request, for timeout tests.
func NewSlow(images map[string]Image, delay time.Duration) *Registry {
	r := &Registry{images: images, blobs: map[string][]byte{}, delay: delay, requests: map[string]int{}}
	r.Server = httptest.NewServer(http.HandlerFunc(r.serve))
	r.Host = strings.TrimPrefix(r.Server.URL, "http://")
	return r
}

// Requests counts the requests for a path such as
// /v2/library/alpine/manifests/3.20.
func (r *Registry) Requests(path string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.requests[path]
}

const token = "anonymous-pull-token"

func (r *Registry) serve(w http.ResponseWriter, req *http.Request) {
	r.mu.Lock()
	r.requests[req.URL.Path]++
	r.mu.Unlock()
	if req.URL.Path == "/token" {
		if req.URL.Query().Get("service") != "fake-registry" || !strings.HasPrefix(req.URL.Query().Get("scope"), "repository:") {
			http.Error(w, "bad token request", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"token": %q}`, token)
		return
	}
	rest, ok := strings.CutPrefix(req.URL.Path, "/v2/")
	if !ok {
		http.NotFound(w, req)
		return
	}
	repo, kind, ref := split(rest)
	if req.Header.Get("Authorization") != "Bearer "+token {
		w.Header().Set("WWW-Authenticate", fmt.Sprintf(`Bearer realm="%s/token",service="fake-registry",scope="repository:%s:pull"`, r.Server.URL, repo))
		http.Error(w, `{"errors":[{"code":"UNAUTHORIZED"}]}`, http.StatusUnauthorized)
		return
	}
	switch kind {
	case "manifests":
		if r.delay > 0 {
			select {
			case <-time.After(r.delay):
			case <-req.Context().Done():
				return
			}
		}
		img, ok := r.images[repo+":"+ref]
		if !ok {
			http.Error(w, `{"errors":[{"code":"MANIFEST_UNKNOWN"}]}`, http.StatusNotFound)
			return
		}
		r.serveManifest(w, req, img)
	case "blobs":
		r.mu.Lock()
		b, ok := r.blobs[ref]
		r.mu.Unlock()
		if !ok {
			http.Error(w, `{"errors":[{"code":"BLOB_UNKNOWN"}]}`, http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write(b)
	default:
		http.NotFound(w, req)
	}
}

// split cuts repo/name/manifests/ref into its parts.
func split(p string) (repo, kind, ref string) {
	for _, k := range []string{"/manifests/", "/blobs/"} {
		if i := strings.LastIndex(p, k); i > 0 {
			return p[:i], strings.Trim(k, "/"), p[i+len(k):]
		}
	}
	return p, "", ""
}

type platform struct {
	OS           string `json:"os"`
	Architecture string `json:"architecture"`
	Variant      string `json:"variant,omitempty"`
}

func parse(p string) platform {
	parts := strings.SplitN(p, "/", 3)
	out := platform{OS: parts[0], Architecture: parts[1]}
	if len(parts) == 3 {
		out.Variant = parts[2]
	}
	return out
}

func digest(b []byte) string { return fmt.Sprintf("sha256:%x", sha256.Sum256(b)) }

// serveManifest answers like a registry that cannot convert manifests: a
// client that does not accept the stored media type gets a 404.
func (r *Registry) serveManifest(w http.ResponseWriter, req *http.Request, img Image) {
	mediaType := "application/vnd.docker.distribution.manifest.v2+json"
	if img.Index {
		mediaType = "application/vnd.oci.image.index.v1+json"
	}
	if !strings.Contains(req.Header.Get("Accept"), mediaType) {
		http.Error(w, `{"errors":[{"code":"MANIFEST_UNKNOWN","message":"not in an accepted media type"}]}`, http.StatusNotFound)
		return
	}
	if img.Index {
		type entry struct {
			MediaType string   `json:"mediaType"`
			Digest    string   `json:"digest"`
			Size      int      `json:"size"`
			Platform  platform `json:"platform"`
		}
		var entries []entry
		for _, p := range img.Platforms {
			entries = append(entries, entry{"application/vnd.oci.image.manifest.v1+json", digest([]byte(p)), 100, parse(p)})
		}
		entries = append(entries, entry{"application/vnd.oci.image.manifest.v1+json", digest([]byte("attestation")), 100, platform{OS: "unknown", Architecture: "unknown"}})
		w.Header().Set("Content-Type", "application/vnd.oci.image.index.v1+json")
		json.NewEncoder(w).Encode(map[string]any{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": entries})
		return
	}
	config, _ := json.Marshal(parse(img.Platforms[0]))
	d := digest(config)
	r.mu.Lock()
	r.blobs[d] = config
	r.mu.Unlock()
	w.Header().Set("Content-Type", "application/vnd.docker.distribution.manifest.v2+json")
	json.NewEncoder(w).Encode(map[string]any{
		"schemaVersion": 2,
		"mediaType":     "application/vnd.docker.distribution.manifest.v2+json",
		"config":        map[string]any{"mediaType": "application/vnd.docker.container.image.v1+json", "digest": d, "size": len(config)},
		"layers":        []any{},
	})
}
