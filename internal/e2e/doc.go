// Package e2e tests ferrolint where users meet it: as a pre-commit hook, as
// a GitHub Action, and through its own container image. The tests drive the
// real outside tools (pre-commit, git, shellcheck) and skip when one is
// missing, except under CI=true, where they fail instead.
package e2e
