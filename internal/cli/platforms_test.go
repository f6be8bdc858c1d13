package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/registry/registrytest"
)

// lintDF058 runs ferrolint with args on the Dockerfiles (name -> text) and
// returns the DF058 lines of its gnu output, its stderr and exit code.
func lintDF058(t *testing.T, files map[string]string, args ...string) ([]string, string, int) {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	var stdout, stderr bytes.Buffer
	code := Main(append(append([]string{"--format", "gnu"}, args...), paths...), nil, &stdout, &stderr)
	var out []string
	for line := range strings.Lines(stdout.String()) {
		if strings.HasSuffix(line, "[DF058]\n") {
			out = append(out, strings.TrimPrefix(strings.TrimSuffix(line, "\n"), dir+string(filepath.Separator)))
		}
	}
	return out, stderr.String(), code
}

func TestRegistryPlatformsEndToEnd(t *testing.T) {
	reg := registrytest.New(map[string]registrytest.Image{
		"arm/only:1":  {Platforms: []string{"linux/arm64/v8"}},
		"multi/app:1": {Index: true, Platforms: []string{"linux/amd64", "linux/arm64/v8"}},
	})
	defer reg.Close()
	armOnly := fmt.Sprintf("FROM %s/arm/only:1 AS build\nRUN true\n\nFROM %s/multi/app:1\nCOPY --from=build /bin/true /true\n", reg.Host, reg.Host)
	want := fmt.Sprintf("Dockerfile:1:6: warning: base image %s/arm/only:1 is not built for linux/amd64 (the target platform): the registry lists linux/arm64/v8 [DF058]", reg.Host)
	manifest := "/v2/arm/only/manifests/1"

	t.Run("offline by default", func(t *testing.T) {
		got, stderr, _ := lintDF058(t, map[string]string{"Dockerfile": armOnly}, "--platform", "linux/amd64")
		if len(got) != 0 || stderr != "" {
			t.Errorf("without --registry: DF058 %q, stderr %q; want neither", got, stderr)
		}
		if n := reg.Requests(manifest); n != 0 {
			t.Errorf("without --registry the registry got %d requests", n)
		}
	})
	t.Run("arm64-only image on amd64", func(t *testing.T) {
		got, _, code := lintDF058(t, map[string]string{"Dockerfile": armOnly}, "--registry", "--platform", "linux/amd64")
		if len(got) != 1 || got[0] != want {
			t.Errorf("DF058 lines %q, want [%q]", got, want)
		}
		if code != exitFindings {
			t.Errorf("exit code %d, want %d", code, exitFindings)
		}
	})
	t.Run("arm64-only image on arm64", func(t *testing.T) {
		if got, _, _ := lintDF058(t, map[string]string{"Dockerfile": armOnly}, "--registry", "--platform", "linux/arm64"); len(got) != 0 {
			t.Errorf("DF058 fired for arm64: %q", got)
		}
	})
	t.Run("FROM --platform is the requirement", func(t *testing.T) {
		src := fmt.Sprintf("ARG PLATFORM=linux/arm64\nFROM --platform=${PLATFORM} %s/arm/only:1\nRUN true\n", reg.Host)
		if got, _, _ := lintDF058(t, map[string]string{"Dockerfile": src}, "--registry", "--platform", "linux/amd64"); len(got) != 0 {
			t.Errorf("DF058 fired although FROM --platform asks for arm64: %q", got)
		}
	})
	t.Run("registry: true in the configuration", func(t *testing.T) {
		cfg := filepath.Join(t.TempDir(), ".ferrolint.yaml")
		if err := os.WriteFile(cfg, []byte("registry: true\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		got, _, _ := lintDF058(t, map[string]string{"Dockerfile": armOnly}, "--config", cfg, "--platform", "linux/amd64")
		if len(got) != 1 || got[0] != want {
			t.Errorf("DF058 lines %q, want [%q]", got, want)
		}
	})
	t.Run("one lookup per image, one note per unknown image", func(t *testing.T) {
		before := reg.Requests(manifest)
		missing := fmt.Sprintf("FROM %s/missing/img:1\nRUN true\n", reg.Host)
		files := map[string]string{"a.Dockerfile": armOnly, "b.Dockerfile": armOnly, "c.Dockerfile": missing, "d.Dockerfile": missing}
		got, stderr, _ := lintDF058(t, files, "--registry", "--verbose", "--platform", "linux/amd64")
		if len(got) != 2 {
			t.Errorf("DF058 lines %q, want one per file naming the arm64-only image", got)
		}
		if n := reg.Requests(manifest) - before; n != 2 {
			t.Errorf("%d manifest requests for two files, want 2 (challenge and retry, once)", n)
		}
		note := fmt.Sprintf("ferrolint: platforms of %s/missing/img:1 unknown: GET http://%s/v2/missing/img/manifests/1: 404 Not Found\n", reg.Host, reg.Host)
		if strings.Count(stderr, note) != 1 {
			t.Errorf("stderr %q; want the note %q once", stderr, note)
		}
	})
}

func TestPlatformFlag(t *testing.T) {
	for _, tc := range []struct{ arg, want, err string }{
		{"linux/amd64", "linux/amd64", ""},
		{"Linux/ARM/v7", "linux/arm/v7", ""},
		{"amd64", "", "want os/arch or os/arch/variant, e.g. linux/amd64 or linux/arm/v7"},
		{"linux//v7", "", "want os/arch or os/arch/variant, e.g. linux/amd64 or linux/arm/v7"},
		{"linux/amd64,linux/arm64", "", "one platform per run, e.g. linux/arm64"},
	} {
		o, err := parseOptions([]string{"--platform", tc.arg, "Dockerfile"})
		switch {
		case tc.err == "" && (err != nil || o.platform != tc.want):
			t.Errorf("--platform %s: %v, %v; want %s", tc.arg, o, err, tc.want)
		case tc.err != "" && (err == nil || !strings.HasSuffix(err.Error(), tc.err)):
			t.Errorf("--platform %s: error %v, want one ending %q", tc.arg, err, tc.err)
		}
	}
	o, err := parseOptions([]string{"Dockerfile"})
	if err != nil || o.platform != hostPlatform || o.registry {
		t.Errorf("defaults: platform %q registry %v (%v); want %q and off", o.platform, o.registry, err, hostPlatform)
	}
}
