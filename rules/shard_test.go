package rules

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/policy"
)

func TestSplitModules(t *testing.T) {
	mods, err := loadModules(policy.FS, false)
	if err != nil {
		t.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(3))
	shards := splitModules(mods, nil)
	if len(shards) != 3 {
		t.Fatalf("%d shards with GOMAXPROCS 3", len(shards))
	}
	seen := map[string]int{}
	for _, s := range shards {
		for _, m := range s.mods {
			seen[m.file]++
		}
	}
	for _, m := range mods {
		want := 1
		if m.rule == nil {
			want = len(shards) // every shard has the libraries
		}
		if seen[m.file] != want {
			t.Errorf("%s is in %d shards, want %d", m.file, seen[m.file], want)
		}
	}
	user := []*module{{file: "user.rego", mod: mods[0].mod}}
	if n := len(splitModules(mods, user)); n != 1 {
		t.Errorf("with user policies: %d shards, want 1", n)
	}
}

// The rules give the same findings whether they are compiled in one piece
// or in shards.
func TestShardsFindTheSame(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/*/*.Dockerfile")
	corpus, _ := filepath.Glob("../../shared/corpus/dev/*.Dockerfile")
	paths = append(paths, corpus...)
	if len(paths) < 50 {
		t.Fatalf("only %d Dockerfiles found", len(paths))
	}
	prev := runtime.GOMAXPROCS(1)
	one, err := New(Options{})
	runtime.GOMAXPROCS(max(prev, 2))
	if err != nil {
		t.Fatal(err)
	}
	sharded, err := New(Options{})
	runtime.GOMAXPROCS(prev)
	if err != nil {
		t.Fatal(err)
	}
	if len(one.shards) != 1 || len(sharded.shards) < 2 {
		t.Fatalf("%d and %d shards", len(one.shards), len(sharded.shards))
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := dockerfile.Parse(p, src)
		if err != nil {
			continue
		}
		var got [2]string
		for i, e := range []*Engine{one, sharded} {
			fds, err := e.Lint(context.Background(), f)
			got[i] = fmt.Sprint(err)
			for _, fd := range fds {
				got[i] += fmt.Sprintf("\n%s %v %s", fd.Rule.ID, fd.Range, fd.Message)
			}
		}
		if got[0] != got[1] {
			t.Errorf("%s: one compiler:%s\nshards:%s", p, got[0], got[1])
		}
	}
}
