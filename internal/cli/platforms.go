package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/registry"
)

// registryOptions are the flags of base-image platform checks.
type registryOptions struct {
	registry bool   // --registry: look up base images' platforms
	platform string // --platform: os/arch[/variant] the build is for
}

// hostPlatform is what BuildKit builds for and on by default: the
// builder's platform, here the machine ferrolint runs on.
var hostPlatform = "linux/" + runtime.GOARCH

func addRegistryFlags(fs *flag.FlagSet, o *options) {
	fs.BoolVar(&o.registry, "registry", false, "look up the platforms of base images in their registries (network access; off by default) so DF058 can judge them")
	o.platform = hostPlatform
	fs.Func("platform", "`os/arch[/variant]` the build is for, as docker build --platform (default linux/ and the host's architecture)", func(s string) error {
		p, err := parsePlatform(s)
		o.platform = p
		return err
	})
}

// parsePlatform checks os/arch[/variant] and lower-cases it; one platform
// per run.
func parsePlatform(s string) (string, error) {
	if strings.Contains(s, ",") {
		return "", errors.New("one platform per run, e.g. linux/arm64")
	}
	parts := strings.Split(strings.ToLower(strings.TrimSpace(s)), "/")
	if len(parts) < 2 || len(parts) > 3 || slices.Contains(parts, "") {
		return "", errors.New("want os/arch or os/arch/variant, e.g. linux/amd64 or linux/arm/v7")
	}
	return strings.Join(parts, "/"), nil
}

// platforms gives each parsed Dockerfile the target and build platforms
// and, when registry lookups are on, its base images' platforms. The cache
// is shared by every group and worker, so an image is asked for once.
type platforms struct {
	target, build string
	lookup        bool // look up base images (--registry or registry: true)
	cache         *registry.Cache
}

// newPlatforms makes the run's lookups; with verbose, each image whose
// platforms stay unknown is named once on stderr.
func newPlatforms(opts *options, stderr io.Writer) *platforms {
	var mu sync.Mutex
	onError := func(ref registry.Ref, err error) {
		if !opts.verbose {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(stderr, "ferrolint: platforms of %s unknown: %v\n", ref, err)
	}
	return &platforms{
		target: opts.platform,
		build:  hostPlatform,
		lookup: opts.registry,
		cache:  registry.NewCache(&registry.Client{}, onError),
	}
}

// withRegistry is p with lookups also on when a configuration asks.
func (p *platforms) withRegistry(on bool) *platforms {
	if p == nil || !on || p.lookup {
		return p
	}
	q := *p
	q.lookup = true
	return &q
}

// annotate fills f's platforms; a nil p leaves them out.
func (p *platforms) annotate(f *dockerfile.File) {
	if p == nil {
		return
	}
	f.TargetPlatform, f.BuildPlatform = p.target, p.build
	if p.lookup {
		registry.Annotate(context.Background(), f, p.cache)
	}
}
