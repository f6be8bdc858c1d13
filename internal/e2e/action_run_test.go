package e2e

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	modver "golang.org/x/mod/module"
	modzip "golang.org/x/mod/zip"
)

// TestActionRunStep runs the action's lint step as the runner does (bash
// -eo pipefail, inputs at their defaults in env) with a ferrolint built from
// this checkout, on a workspace with a bad Dockerfile: the step fails, the
// log has the text report, and the report file is SARIF.
func TestActionRunStep(t *testing.T) {
	a := readAction(t)
	step := a.step(t, "Run ferrolint")
	tmp := t.TempDir()
	bin := buildFerrolint(t, tmp)
	ws := filepath.Join(tmp, "workspace")
	if err := os.MkdirAll(ws, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ws, "Dockerfile"), []byte(badDockerfile), 0o644); err != nil {
		t.Fatal(err)
	}

	env := append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	stdout, stderr, err := runStep(a, step, ws, env)
	if exitErr, ok := errors.AsType[*exec.ExitError](err); !ok || exitErr.ExitCode() != 1 {
		t.Fatalf("the step ended with %v, want exit status 1 for findings\nstdout:\n%s\nstderr:\n%s", err, stdout, stderr)
	}
	log := regexp.MustCompile(`\x1b\[[0-9;]*m`).ReplaceAllString(stdout, "")
	wantDiagnostics(t, log,
		"warning[RS001] Dockerfile:1:6",
		"error[RS002] Dockerfile:1:6",
		"warning[RS004] Dockerfile:1:6",
		"warning[RS003] Dockerfile:3:1",
	)

	data, err := os.ReadFile(filepath.Join(ws, "ferrolint.sarif"))
	if err != nil {
		t.Fatalf("report file: %v", err)
	}
	var sarif struct {
		Version string
		Runs    []struct {
			Results []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(data, &sarif); err != nil {
		t.Fatalf("report file is not JSON: %v\n%s", err, data)
	}
	if sarif.Version != "2.1.0" || len(sarif.Runs) != 1 {
		t.Fatalf("report file: SARIF version %q with %d runs, want 2.1.0 with one run", sarif.Version, len(sarif.Runs))
	}
	var got []string
	for _, r := range sarif.Runs[0].Results {
		for _, l := range r.Locations {
			loc := l.PhysicalLocation
			got = append(got, fmt.Sprintf("%s %s:%d:%d", r.RuleID, loc.ArtifactLocation.URI, loc.Region.StartLine, loc.Region.StartColumn))
		}
	}
	slices.Sort(got)
	if want := []string{"RS001 Dockerfile:1:6", "RS002 Dockerfile:1:6", "RS003 Dockerfile:3:1", "RS004 Dockerfile:1:6"}; !slices.Equal(got, want) {
		t.Errorf("SARIF results %q, want %q", got, want)
	}
}

// runStep runs a script step as the runner does, in dir with env, after
// setting the step's env with each input at its default.
func runStep(a *action, step actionStep, dir string, env []string) (stdout, stderr string, err error) {
	for k, v := range step.Env {
		env = append(env, k+"="+inputRef.ReplaceAllStringFunc(v, func(ref string) string {
			return *a.Inputs[inputRef.FindStringSubmatch(ref)[1]].Default
		}))
	}
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step.Run)
	cmd.Dir, cmd.Env = dir, env
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	return out.String(), errOut.String(), err
}

// TestActionInstallStep runs the action's install step as the runner does,
// with version: latest, against a module proxy on disk that lists two
// versions of ferrolint and serves this checkout as the newer one. They are
// pre-releases named e2e, so that the module cache never holds a fake of a
// real release, and the test removes the one it installs. The newer one's
// name is new on every run: go takes a version to be immutable (it caches an
// index of its files), and runs of this test may overlap. The step must
// install the newer version, stamped with it, into a directory on
// GITHUB_PATH.
func TestActionInstallStep(t *testing.T) {
	requireTool(t, "git")
	if testing.Short() {
		t.Skip("builds ferrolint from a module zip; skipped with -short")
	}
	a := readAction(t)
	tmp := t.TempDir()
	env := toolEnv(t, tmp)
	versions := []string{"v0.0.1-e2e.1", fmt.Sprintf("v0.0.1-e2e.2.t%d", time.Now().UnixNano())}
	t.Cleanup(func() { removeVersion(t, env, versions[1]) })

	proxy := filepath.Join(tmp, "proxy")
	writeProxyVersion(t, proxy, repoRoot(t), versions[1])
	list := filepath.Join(proxy, modulePath, "@v", "list")
	if err := os.WriteFile(list, []byte(strings.Join(versions, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	runner, githubPath := filepath.Join(tmp, "runner"), filepath.Join(tmp, "github_path")
	if err := os.Mkdir(runner, 0o755); err != nil {
		t.Fatal(err)
	}
	// go install m@version checks every module against the checksum
	// database, which is out of reach offline and knows no e2e version.
	env = append(env, "RUNNER_TEMP="+runner, "GITHUB_PATH="+githubPath,
		"GOPROXY=file://"+filepath.ToSlash(proxy), "GOSUMDB=off", "GOPRIVATE=", "GONOPROXY=")
	stdout, stderr, err := runStep(a, a.step(t, "Install ferrolint"), tmp, env)
	if err != nil {
		t.Fatalf("install step: %v\nstdout:\n%s\nstderr:\n%s", err, stdout, stderr)
	}
	added, err := os.ReadFile(githubPath)
	if err != nil {
		t.Fatalf("GITHUB_PATH: %v", err)
	}
	bin := filepath.Join(strings.TrimSpace(string(added)), "ferrolint")
	out, err := exec.Command(bin, "--version").Output()
	if want := "ferrolint " + versions[1] + "\n"; err != nil || string(out) != want {
		t.Errorf("%s --version: %q, %v; want %q", bin, out, err, want)
	}
}

// writeProxyVersion writes one version of ferrolint's module, made of the
// files of the checkout at root, to a GOPROXY directory.
func writeProxyVersion(t *testing.T, proxy, root, version string) {
	t.Helper()
	dir := filepath.Join(proxy, modulePath, "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var zipped bytes.Buffer
	mv := modver.Version{Path: modulePath, Version: version}
	if err := modzip.Create(&zipped, mv, moduleFiles(t, toolEnv(t, t.TempDir()), root)); err != nil {
		t.Fatalf("module zip: %v", err)
	}
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	info := fmt.Sprintf(`{"Version":%q,"Time":"2026-01-01T00:00:00Z"}`, version)
	for ext, data := range map[string]string{".info": info, ".mod": string(mod), ".zip": zipped.String()} {
		if err := os.WriteFile(filepath.Join(dir, version+ext), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// removeVersion deletes a version of ferrolint from the module cache, whose
// files go makes read-only, and the version list go cached when it names
// only e2e versions.
func removeVersion(t *testing.T, env []string, version string) {
	t.Helper()
	modcache := strings.TrimSpace(run(t, env, "", "go", "env", "GOMODCACHE"))
	download := filepath.Join(modcache, "cache", "download", modulePath, "@v")
	e2e := regexp.MustCompile(`^v0\.0\.1-e2e\.[.\w]+$`)
	if list, err := os.ReadFile(filepath.Join(download, "list")); err == nil &&
		!slices.ContainsFunc(strings.Fields(string(list)), func(v string) bool { return !e2e.MatchString(v) }) {
		os.Remove(filepath.Join(download, "list")) // another run may have removed it
	}
	paths, err := filepath.Glob(filepath.Join(download, version+".*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range append(paths, filepath.Join(modcache, modulePath+"@"+version)) {
		filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.IsDir() {
				err = os.Chmod(p, 0o755)
			}
			return err
		})
		if err := os.RemoveAll(path); err != nil {
			t.Errorf("cleaning the module cache: %v", err)
		}
	}
}
