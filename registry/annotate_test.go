package registry

import (
	"context"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/open-policy-agent/opa/v1/ast"
)

// recording is a Lookup that notes what it was asked.
type recording struct {
	Lookup
	mu    sync.Mutex
	asked []string
}

func (r *recording) Platforms(ctx context.Context, ref Ref) ([]string, error) {
	r.mu.Lock()
	r.asked = append(r.asked, ref.String())
	r.mu.Unlock()
	return r.Lookup.Platforms(ctx, ref)
}

func TestAnnotateLooksUpRegistryImagesOnly(t *testing.T) {
	src := "ARG TAG=3.20\nARG UNSET\nFROM alpine:${TAG} AS base\nFROM base AS child\nFROM scratch\nFROM rust:${UNSET}\nFROM gcr.io/distroless/cc-debian13@sha256:0000000000000000000000000000000000000000000000000000000000000000\n"
	f, err := dockerfile.Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	static, err := NewStatic(map[string][]string{"alpine:3.20": {"linux/amd64", "linux/arm64/v8"}})
	if err != nil {
		t.Fatal(err)
	}
	rec := &recording{Lookup: static}
	Annotate(context.Background(), f, rec)

	slices.Sort(rec.asked)
	if want := []string{"docker.io/library/alpine:3.20", "gcr.io/distroless/cc-debian13@sha256:0000000000000000000000000000000000000000000000000000000000000000"}; !reflect.DeepEqual(rec.asked, want) {
		t.Errorf("asked for %q, want %q (not the stage, scratch or the unresolved image)", rec.asked, want)
	}
	want := [][]string{{"linux/amd64", "linux/arm64/v8"}, nil, nil, nil, nil}
	for i, s := range f.Stages {
		if got := s.From.Ref.Platforms; !reflect.DeepEqual(got, want[i]) {
			t.Errorf("stage %d: platforms %q, want %q", i, got, want[i])
		}
	}
	if got := f.Stages[1].Root.Platforms; !reflect.DeepEqual(got, want[0]) {
		t.Errorf("FROM base: root platforms %q, want the base image's %q", got, want[0])
	}

	doc, err := ast.JSON(f.Value())
	if err != nil {
		t.Fatal(err)
	}
	stages := doc.(map[string]any)["stages"].([]any)
	ref := func(i int) map[string]any {
		return stages[i].(map[string]any)["from"].(map[string]any)["ref"].(map[string]any)
	}
	if got := ref(0)["platforms"]; !reflect.DeepEqual(got, []any{"linux/amd64", "linux/arm64/v8"}) {
		t.Errorf("input stages[0].from.ref.platforms = %v", got)
	}
	if _, ok := ref(4)["platforms"]; ok {
		t.Error("input stages[4].from.ref has platforms although the lookup failed")
	}
}

func TestNewStaticNormalizesNames(t *testing.T) {
	s, err := NewStatic(map[string][]string{"alpine:3.20": {"linux/amd64"}, "localhost:5000/app": {"linux/arm64"}})
	if err != nil {
		t.Fatal(err)
	}
	want := Static{
		{Registry: "docker.io", Repository: "library/alpine", Tag: "3.20"}: {"linux/amd64"},
		{Registry: "localhost:5000", Repository: "app"}:                    {"linux/arm64"},
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("got %v, want %v", s, want)
	}
	if _, err := NewStatic(map[string][]string{"Not A Ref": nil}); err == nil || err.Error() != `image "Not A Ref": invalid reference format: repository name (library/Not A Ref) must be lowercase` {
		t.Errorf("bad name: error %v", err)
	}
}
