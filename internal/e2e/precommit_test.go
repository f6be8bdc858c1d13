package e2e

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Dockerfiles: one with four findings, one with none, and one to fix.
const (
	badDockerfile = `FROM rust:latest
WORKDIR /app
COPY . .
RUN cargo build --release --locked
CMD ["./target/release/app"]
`
	cleanDockerfile = `FROM rust:1.94-slim-trixie AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && cargo build --release --locked && rm -rf src target/release/deps/app*
COPY src ./src
RUN cargo build --release --locked

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /src/target/release/app /app
ENTRYPOINT ["/app"]
`
	// rootDockerfile's one finding, RS004 (the runtime runs as root), has a
	// safe fix: rootFixed.
	rootDockerfile = `FROM rust:1.94-slim-trixie AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && cargo build --release --locked && rm -rf src target/release/deps/app*
COPY src ./src
RUN cargo build --release --locked

FROM debian:trixie-slim
COPY --from=build /src/target/release/app /app
ENTRYPOINT ["/app"]
`
	rootFixed = `FROM rust:1.94-slim-trixie AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && cargo build --release --locked && rm -rf src target/release/deps/app*
COPY src ./src
RUN cargo build --release --locked

FROM debian:trixie-slim
COPY --from=build /src/target/release/app /app
USER 65532:65532
ENTRYPOINT ["/app"]
`
)

// TestPreCommit installs this checkout's hooks with the real pre-commit,
// which builds ferrolint with `go install ./...` as it does for users, and
// runs them on a repository with bad Dockerfiles, then with fixed ones.
func TestPreCommit(t *testing.T) {
	requireTool(t, "git")
	requireTool(t, "pre-commit")
	if testing.Short() {
		t.Skip("builds ferrolint through pre-commit; skipped with -short")
	}
	tmp := t.TempDir()
	env := toolEnv(t, tmp)
	hooks := filepath.Join(tmp, "hooks")
	snapshot(t, env, repoRoot(t), hooks)

	work := filepath.Join(tmp, "work")
	run(t, env, "", "git", "init", "-q", work)
	writeFiles(t, env, work, map[string]string{
		"Dockerfile":              badDockerfile,
		"Dockerfile.dockerignore": "target\n", // tagged dockerfile by identify, but no Dockerfile
		"README.md":               "# app\n",
	})
	out, code := tryRepo(t, env, work, hooks, "ferrolint")
	wantHookFailed(t, out, code, "ferrolint")
	wantDiagnostics(t, out,
		"warning[RS001] Dockerfile:1:6",
		"error[RS002] Dockerfile:1:6",
		"warning[RS004] Dockerfile:1:6",
		"warning[RS003] Dockerfile:3:1",
	)

	// Each try-repo builds ferrolint afresh in a temporary store; the runs
	// below go through a config instead, so that one build serves them all.
	// identify (pre-commit's type detection) tags neither new file as a
	// Dockerfile; ferrolint-all matches them by name.
	rev := strings.TrimSpace(run(t, env, hooks, "git", "rev-parse", "HEAD"))
	writeFiles(t, env, work, map[string]string{
		".pre-commit-config.yaml": "repos:\n- repo: " + hooks + "\n  rev: " + rev +
			"\n  hooks:\n  - id: ferrolint\n  - id: ferrolint-all\n  - id: ferrolint-fix\n",
		"build/Containerfile": `FROM rust:1.94-trixie AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM debian:trixie-slim
COPY --from=build /src/target/release/app /app
ENTRYPOINT ["/app"]
`,
		"tools/app.dockerfile": "FROM rust:latest\nRUN cargo install --locked ripgrep\nENTRYPOINT [\"rg\"]\n",
	})
	out, code = preCommit(t, env, work, "run", "ferrolint-all", "--all-files")
	wantHookFailed(t, out, code, "ferrolint-all")
	wantDiagnostics(t, out,
		"warning[RS001] Dockerfile:1:6",
		"error[RS002] Dockerfile:1:6",
		"warning[RS004] Dockerfile:1:6",
		"warning[RS003] Dockerfile:3:1",
		"warning[RS003] build/Containerfile:3:1",
		"warning[RS004] build/Containerfile:6:6",
		"warning[RS001] tools/app.dockerfile:1:6",
		"error[RS002] tools/app.dockerfile:1:6",
		"warning[RS004] tools/app.dockerfile:1:6",
	)

	// ferrolint-fix fixes Dockerfile and fails, as pre-commit hooks that
	// change files do.
	writeFiles(t, env, work, map[string]string{
		"Dockerfile":           rootDockerfile,
		"build/Containerfile":  cleanDockerfile,
		"tools/app.dockerfile": cleanDockerfile,
	})
	out, code = preCommit(t, env, work, "run", "ferrolint-fix", "--all-files")
	if code != 1 || !strings.Contains(out, "- hook id: ferrolint-fix\n- files were modified by this hook\n") {
		t.Errorf("ferrolint-fix: pre-commit exited %d, want a failure for modified files:\n%s", code, out)
	}
	if got, err := os.ReadFile(filepath.Join(work, "Dockerfile")); err != nil || string(got) != rootFixed {
		t.Errorf("ferrolint-fix left Dockerfile as\n%s(%v)\nwant\n%s", got, err, rootFixed)
	}

	run(t, env, work, "git", "add", "--all")
	out, code = preCommit(t, env, work, "run", "--all-files")
	passed := regexp.MustCompile(`(?m)^ferrolint \(.*\)\.+Passed$`).FindAllString(out, -1)
	if code != 0 || len(passed) != 3 {
		t.Errorf("all hooks on fixed files: exit %d, want all three to pass:\n%s", code, out)
	}
}

// snapshot commits the checkout's current files to a new repository at dst.
// try-repo on the checkout itself commits only tracked changes into its
// shadow repository and would build other code than `go test` does.
func snapshot(t *testing.T, env []string, src, dst string) {
	t.Helper()
	run(t, env, "", "git", "init", "-q", dst)
	writeFiles(t, env, dst, checkoutFiles(t, env, src))
	run(t, env, dst, "git", "commit", "-q", "-m", "snapshot")
}

// writeFiles writes files under dir and stages them: pre-commit's
// --all-files takes the files git tracks.
func writeFiles(t *testing.T, env []string, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run(t, env, dir, "git", "add", "--all")
}

// tryRepo runs one hook of repo on every file of the work repository and
// returns pre-commit's output and exit code.
func tryRepo(t *testing.T, env []string, work, repo, hook string) (string, int) {
	t.Helper()
	return preCommit(t, env, work, "try-repo", repo, hook, "--all-files")
}

// preCommit runs pre-commit in the work repository and returns its output
// and exit code.
func preCommit(t *testing.T, env []string, work string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command("pre-commit", append(args, "--color", "never")...)
	cmd.Dir, cmd.Env = work, env
	out, err := cmd.CombinedOutput()
	if exitErr, ok := errors.AsType[*exec.ExitError](err); ok {
		return string(out), exitErr.ExitCode()
	} else if err != nil {
		t.Fatalf("pre-commit: %v", err)
	}
	return string(out), 0
}

// wantHookFailed checks that pre-commit reports the hook as failed with
// ferrolint's exit code 1 (findings), not 2 (an error) or an install error.
func wantHookFailed(t *testing.T, out string, code int, hook string) {
	t.Helper()
	if code != 1 || !strings.Contains(out, "- hook id: "+hook+"\n- exit code: 1\n") {
		t.Fatalf("%s: pre-commit exited %d, want the hook to fail with exit code 1:\n%s", hook, code, out)
	}
}

// diagnosticHead matches the first two lines of a text diagnostic.
var diagnosticHead = regexp.MustCompile(`(?m)^(\w+\[\w+\]): .*\n *--> (\S+)$`)

// wantDiagnostics checks the diagnostics in pre-commit's output, as
// "severity[ID] file:line:col". pre-commit shuffles the files and may run
// several ferrolint processes, so the order is not compared.
func wantDiagnostics(t *testing.T, out string, want ...string) {
	t.Helper()
	var got []string
	for _, m := range diagnosticHead.FindAllStringSubmatch(out, -1) {
		got = append(got, m[1]+" "+m[2])
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n got %q\nwant %q\noutput:\n%s", got, want, out)
	}
}
