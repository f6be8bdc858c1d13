package registry

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"slices"
	"strings"
	"time"
)

// DefaultTimeout bounds one image's lookup (token, manifest and config).
const DefaultTimeout = 15 * time.Second

// maxBody caps what is read of a manifest, config or token answer.
const maxBody = 4 << 20

// Media types of image indexes (several platforms) and of single-platform
// manifests, OCI and Docker.
const (
	ociIndex       = "application/vnd.oci.image.index.v1+json"
	dockerList     = "application/vnd.docker.distribution.manifest.list.v2+json"
	ociManifest    = "application/vnd.oci.image.manifest.v1+json"
	dockerManifest = "application/vnd.docker.distribution.manifest.v2+json"
)

var manifestAccept = []string{ociIndex, dockerList, ociManifest, dockerManifest}

// Client looks up image platforms. The zero value is ready to use.
type Client struct {
	// HTTP sends the requests; nil means http.DefaultClient.
	HTTP *http.Client
	// Timeout bounds one lookup; 0 means DefaultTimeout.
	Timeout time.Duration
}

func (c *Client) httpClient() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return http.DefaultClient
}

// Platforms returns the platforms ref is built for, as os/architecture or
// os/architecture/variant, in the registry's order: every platform of an
// index, or the one platform of a single manifest's config.
func (c *Client) Platforms(ctx context.Context, ref Ref) ([]string, error) {
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	s := &session{c: c, ref: ref}
	ps, err := s.platforms(ctx)
	if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return nil, fmt.Errorf("%s: no answer within %s", ref.host(), timeout)
	}
	return ps, err
}

// session is one lookup; it keeps the token a challenge gave it for the
// requests that follow.
type session struct {
	c     *Client
	ref   Ref
	token string
}

// platform is the platform object of an index entry and of an image config.
type platform struct {
	OS           string `json:"os"`
	Architecture string `json:"architecture"`
	Variant      string `json:"variant"`
}

func (p platform) String() string {
	s := p.OS + "/" + p.Architecture
	if p.Variant != "" {
		s += "/" + p.Variant
	}
	return s
}

// manifest holds the fields of an index or manifest that tell platforms.
type manifest struct {
	MediaType string `json:"mediaType"`
	Manifests []struct {
		Platform *platform `json:"platform"`
	} `json:"manifests"`
	Config *struct {
		Digest string `json:"digest"`
	} `json:"config"`
}

func (s *session) platforms(ctx context.Context) ([]string, error) {
	body, mediaType, err := s.get(ctx, "manifests/"+s.ref.reference(), manifestAccept)
	if err != nil {
		return nil, err
	}
	var m manifest
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, fmt.Errorf("manifest of %s: %w", s.ref, err)
	}
	if mediaType == "" || mediaType == "application/json" || mediaType == "text/plain" {
		mediaType = m.MediaType
	}
	switch {
	case mediaType == ociIndex || mediaType == dockerList || (mediaType == "" && m.Manifests != nil):
		return indexPlatforms(s.ref, m)
	case mediaType == ociManifest || mediaType == dockerManifest || (mediaType == "" && m.Config != nil):
		return s.configPlatform(ctx, m)
	}
	return nil, fmt.Errorf("manifest of %s: unsupported media type %q", s.ref, mediaType)
}

// indexPlatforms lists an index's platforms once each. Attestation
// manifests (unknown/unknown) are not platforms.
func indexPlatforms(ref Ref, m manifest) ([]string, error) {
	var out []string
	for _, e := range m.Manifests {
		if e.Platform == nil || e.Platform.OS == "" || e.Platform.OS == "unknown" || e.Platform.Architecture == "" {
			continue
		}
		if p := e.Platform.String(); !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("index of %s names no platform", ref)
	}
	return out, nil
}

// configPlatform reads a single manifest's platform from its config blob.
func (s *session) configPlatform(ctx context.Context, m manifest) ([]string, error) {
	if m.Config == nil || m.Config.Digest == "" {
		return nil, fmt.Errorf("manifest of %s has no config", s.ref)
	}
	body, _, err := s.get(ctx, "blobs/"+m.Config.Digest, nil)
	if err != nil {
		return nil, err
	}
	var p platform
	if err := json.Unmarshal(body, &p); err != nil {
		return nil, fmt.Errorf("config of %s: %w", s.ref, err)
	}
	if p.OS == "" || p.Architecture == "" {
		return nil, fmt.Errorf("config of %s names no platform", s.ref)
	}
	return []string{p.String()}, nil
}

// get fetches /v2/<repository>/<path>. A 401 with a Bearer challenge gets
// an anonymous token and one retry. It returns the body and its media type.
func (s *session) get(ctx context.Context, path string, accept []string) ([]byte, string, error) {
	url := s.ref.scheme() + "://" + s.ref.host() + "/v2/" + s.ref.Repository + "/" + path
	for retried := false; ; retried = true {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return nil, "", err
		}
		if len(accept) > 0 {
			req.Header.Set("Accept", strings.Join(accept, ", "))
		}
		if s.token != "" {
			req.Header.Set("Authorization", "Bearer "+s.token)
		}
		resp, err := s.c.httpClient().Do(req)
		if err != nil {
			return nil, "", err
		}
		body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
		resp.Body.Close()
		if err != nil {
			return nil, "", fmt.Errorf("GET %s: %w", url, err)
		}
		if resp.StatusCode == http.StatusUnauthorized && !retried {
			ch, ok := parseChallenge(resp.Header.Get("WWW-Authenticate"))
			if !ok {
				return nil, "", fmt.Errorf("GET %s: %s (credentials needed; lookups are anonymous)", url, resp.Status)
			}
			if s.token, err = s.c.token(ctx, ch, s.ref.Repository); err != nil {
				return nil, "", err
			}
			continue
		}
		if resp.StatusCode != http.StatusOK {
			return nil, "", fmt.Errorf("GET %s: %s", url, resp.Status)
		}
		mediaType, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
		return body, mediaType, nil
	}
}
