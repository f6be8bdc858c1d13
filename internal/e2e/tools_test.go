package e2e

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// requireTool returns the path of an outside program a test drives. Without
// it a developer's run skips; a CI run (CI=true) fails, so CI cannot pass by
// skipping.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not on PATH and CI=true: .ci/run installs it", name)
	}
	t.Skipf("%s is not on PATH; install it to run this test", name)
	return ""
}

// buildFerrolint builds this checkout's ferrolint into dir/bin and returns
// that directory, for PATH.
func buildFerrolint(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "bin")
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "ferrolint"), "./cmd/ferrolint")
	build.Dir = repoRoot(t)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// repoRoot is the checkout's root, where go.mod is; tests run in their
// package directory.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("repository root not found: %v", err)
	}
	return root
}

// toolEnv is a hermetic environment for pre-commit, git and go: a fresh
// HOME and pre-commit store, no GIT_* variables of an enclosing git
// command, and the Go settings of the caller's setup resolved beforehand,
// so that the hook's build reuses the module and build caches and works
// offline with the same proxy.
func toolEnv(t *testing.T, tmp string) []string {
	t.Helper()
	keys := []string{"GOROOT", "GOCACHE", "GOMODCACHE", "GOPROXY", "GOSUMDB", "GONOSUMDB",
		"GOPRIVATE", "GONOPROXY", "GOINSECURE", "GOFLAGS", "GOTOOLCHAIN"}
	js, err := exec.Command("go", append([]string{"env", "-json"}, keys...)...).Output()
	if err != nil {
		t.Fatalf("go env: %v", err)
	}
	var goEnv map[string]string
	if err := json.Unmarshal(js, &goEnv); err != nil {
		t.Fatalf("go env: %v", err)
	}
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GIT_") && !strings.HasPrefix(kv, "PRE_COMMIT") {
			env = append(env, kv)
		}
	}
	// Later entries win over inherited ones.
	env = append(env,
		"HOME="+filepath.Join(tmp, "home"),
		"XDG_CONFIG_HOME="+filepath.Join(tmp, "home", ".config"),
		"XDG_CACHE_HOME="+filepath.Join(tmp, "home", ".cache"),
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "pre-commit"),
		"PRE_COMMIT_COLOR=never",
		"GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=e2e", "GIT_AUTHOR_EMAIL=e2e@example.invalid",
		"GIT_COMMITTER_NAME=e2e", "GIT_COMMITTER_EMAIL=e2e@example.invalid",
		// The values above already include the go env file; HOME moved.
		"GOENV=off",
		// pre-commit uses the go on PATH (language_version system) when
		// there is one, and would download a Go release otherwise.
		"PATH="+filepath.Join(goEnv["GOROOT"], "bin")+string(os.PathListSeparator)+os.Getenv("PATH"),
	)
	for _, k := range keys {
		env = append(env, k+"="+goEnv[k])
	}
	// Every build here compiles ferrolint in a new directory; without the
	// directory in them, the compiled packages come from the build cache.
	return append(env, "GOFLAGS="+strings.TrimSpace(goEnv["GOFLAGS"]+" -trimpath"))
}

// run runs a command that must succeed and returns its standard output.
func run(t *testing.T, env []string, dir, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = dir, env
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// checkoutPaths lists the files of the checkout at src that go build sees,
// slash-separated: tracked and untracked ones, less those git ignores and
// those deleted from the work tree.
func checkoutPaths(t *testing.T, env []string, src string) []string {
	t.Helper()
	list := run(t, env, src, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	var paths []string
	for name := range strings.SplitSeq(strings.TrimSuffix(list, "\x00"), "\x00") {
		if _, err := os.Lstat(filepath.Join(src, filepath.FromSlash(name))); errors.Is(err, os.ErrNotExist) {
			continue
		} else if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, name)
	}
	return paths
}

// checkoutFiles reads the files checkoutPaths lists.
func checkoutFiles(t *testing.T, env []string, src string) map[string]string {
	t.Helper()
	files := map[string]string{}
	for _, name := range checkoutPaths(t, env, src) {
		data, err := os.ReadFile(filepath.Join(src, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(data)
	}
	return files
}
