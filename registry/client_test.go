package registry

import (
	"context"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ferrolint/ferrolint/registry/registrytest"
)

func fakeImages() map[string]registrytest.Image {
	return map[string]registrytest.Image{
		"library/alpine:3.20": {Index: true, Platforms: []string{"linux/amd64", "linux/arm/v6", "linux/arm64/v8", "linux/amd64"}},
		"arm64v8/rust:1.94":   {Platforms: []string{"linux/arm64/v8"}},
	}
}

func TestPlatformsOfAnIndex(t *testing.T) {
	reg := registrytest.New(fakeImages())
	defer reg.Close()
	got, err := (&Client{}).Platforms(context.Background(), Ref{Registry: reg.Host, Repository: "library/alpine", Tag: "3.20"})
	if err != nil {
		t.Fatal(err)
	}
	// Once each, in the index's order, without the attestation entry.
	if want := []string{"linux/amd64", "linux/arm/v6", "linux/arm64/v8"}; !reflect.DeepEqual(got, want) {
		t.Errorf("platforms = %q, want %q", got, want)
	}
	// The first request is refused with a challenge, the token is fetched
	// once, and the retry carries it.
	if n := reg.Requests("/v2/library/alpine/manifests/3.20"); n != 2 {
		t.Errorf("%d manifest requests, want 2 (challenge, then with the token)", n)
	}
	if n := reg.Requests("/token"); n != 1 {
		t.Errorf("%d token requests, want 1", n)
	}
}

func TestPlatformOfASingleManifestComesFromItsConfig(t *testing.T) {
	reg := registrytest.New(fakeImages())
	defer reg.Close()
	got, err := (&Client{}).Platforms(context.Background(), Ref{Registry: reg.Host, Repository: "arm64v8/rust", Tag: "1.94"})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"linux/arm64/v8"}; !reflect.DeepEqual(got, want) {
		t.Errorf("platforms = %q, want %q", got, want)
	}
	if n := reg.Requests("/token"); n != 1 {
		t.Errorf("%d token requests, want 1: the blob request reuses the manifest's token", n)
	}
}

func TestLookupErrors(t *testing.T) {
	reg := registrytest.New(fakeImages())
	defer reg.Close()
	slow := registrytest.NewSlow(fakeImages(), 5*time.Second)
	defer slow.Close()
	basic := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("WWW-Authenticate", `Basic realm="private"`)
		w.WriteHeader(http.StatusUnauthorized)
	}))
	defer basic.Close()
	unsupported := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/vnd.docker.distribution.manifest.v1+prettyjws")
		w.Write([]byte(`{"schemaVersion": 1}`))
	}))
	defer unsupported.Close()
	host := func(s *httptest.Server) string { return strings.TrimPrefix(s.URL, "http://") }

	for _, tc := range []struct {
		name string
		ref  Ref
		want string
	}{
		{"unknown tag", Ref{Registry: reg.Host, Repository: "library/alpine", Tag: "9.99"}, "GET http://" + reg.Host + "/v2/library/alpine/manifests/9.99: 404 Not Found"},
		{"timeout", Ref{Registry: slow.Host, Repository: "library/alpine", Tag: "3.20"}, slow.Host + ": no answer within 200ms"},
		{"credentials needed", Ref{Registry: host(basic), Repository: "private/app"}, "401 Unauthorized (credentials needed; lookups are anonymous)"},
		{"schema 1", Ref{Registry: host(unsupported), Repository: "old/app"}, `unsupported media type "application/vnd.docker.distribution.manifest.v1+prettyjws"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			ps, err := (&Client{Timeout: 200 * time.Millisecond}).Platforms(context.Background(), tc.ref)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %q, %v; want an error containing %q", ps, err, tc.want)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("took %s: the timeout did not stop the lookup", d)
			}
		})
	}
}

func TestParseChallenge(t *testing.T) {
	for _, tc := range []struct {
		header string
		want   challenge
		ok     bool
	}{
		{`Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/rust:pull"`,
			challenge{"https://auth.docker.io/token", "registry.docker.io", "repository:library/rust:pull"}, true},
		{`bearer realm="https://r/token", scope="repository:a/b:pull,push"`, challenge{realm: "https://r/token", scope: "repository:a/b:pull,push"}, true},
		{`Bearer realm=https://r/token,service=r`, challenge{realm: "https://r/token", service: "r"}, true},
		{`Basic realm="x"`, challenge{}, false},
		{`Bearer service="x"`, challenge{}, false},
		{`Bearer realm="unterminated`, challenge{}, false},
		{``, challenge{}, false},
	} {
		got, ok := parseChallenge(tc.header)
		if got != tc.want || ok != tc.ok {
			t.Errorf("parseChallenge(%q) = %+v, %v; want %+v, %v", tc.header, got, ok, tc.want, tc.ok)
		}
	}
}

func TestRefAddresses(t *testing.T) {
	for _, tc := range []struct {
		ref                     Ref
		scheme, host, reference string
	}{
		{Ref{Registry: "docker.io", Repository: "library/rust", Tag: "1.94"}, "https", "registry-1.docker.io", "1.94"},
		{Ref{Registry: "gcr.io", Repository: "distroless/cc-debian13"}, "https", "gcr.io", "latest"},
		{Ref{Registry: "localhost:5000", Repository: "app", Tag: "1", Digest: "sha256:ab"}, "http", "localhost:5000", "sha256:ab"},
		{Ref{Registry: "127.0.0.1:5000", Repository: "app"}, "http", "127.0.0.1:5000", "latest"},
		{Ref{Registry: "[::1]:5000", Repository: "app"}, "http", "[::1]:5000", "latest"},
		{Ref{Registry: "registry.example.com:5000", Repository: "app"}, "https", "registry.example.com:5000", "latest"},
	} {
		if s, h, r := tc.ref.scheme(), tc.ref.host(), tc.ref.reference(); s != tc.scheme || h != tc.host || r != tc.reference {
			t.Errorf("%s: %s://%s ref %s; want %s://%s ref %s", tc.ref, s, h, r, tc.scheme, tc.host, tc.reference)
		}
	}
}

func TestCacheLooksEachImageUpOnce(t *testing.T) {
	reg := registrytest.New(fakeImages())
	defer reg.Close()
	var mu sync.Mutex
	var failed []string
	cache := NewCache(&Client{}, func(ref Ref, err error) {
		mu.Lock()
		defer mu.Unlock()
		failed = append(failed, ref.String())
	})
	alpine := Ref{Registry: reg.Host, Repository: "library/alpine", Tag: "3.20"}
	missing := Ref{Registry: reg.Host, Repository: "library/alpine", Tag: "9.99"}
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			if ps, err := cache.Platforms(context.Background(), alpine); err != nil || len(ps) != 3 {
				t.Errorf("alpine: %q, %v", ps, err)
			}
			if _, err := cache.Platforms(context.Background(), missing); err == nil {
				t.Error("missing image: no error")
			}
		})
	}
	wg.Wait()
	if n := reg.Requests("/v2/library/alpine/manifests/3.20"); n != 2 {
		t.Errorf("%d manifest requests for 20 lookups, want 2 (one lookup: challenge and retry)", n)
	}
	if n := reg.Requests("/v2/library/alpine/manifests/9.99"); n != 2 {
		t.Errorf("%d manifest requests for the missing image, want 2: a failure is remembered too", n)
	}
	if want := []string{reg.Host + "/library/alpine:9.99"}; !reflect.DeepEqual(failed, want) {
		t.Errorf("onError calls = %q, want %q (once per image)", failed, want)
	}
}
