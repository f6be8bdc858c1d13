package buildctx

import (
	"os"
	"path/filepath"

	"github.com/moby/patternmatcher"
	"github.com/moby/patternmatcher/ignorefile"
)

// readDockerignore reads .dockerignore with BuildKit's own reader and
// matcher, so patterns mean what they mean to docker build. A missing file
// gives Present false; an unreadable or invalid one gives no facts.
func readDockerignore(dir string) *Dockerignore {
	f, err := os.Open(filepath.Join(dir, ".dockerignore"))
	if os.IsNotExist(err) {
		return &Dockerignore{Patterns: []string{}}
	}
	if err != nil {
		return nil
	}
	defer f.Close()
	patterns, err := ignorefile.ReadAll(f)
	if err != nil {
		return nil
	}
	pm, err := patternmatcher.New(patterns)
	if err != nil {
		return nil
	}
	// A file deep under target/ stands for the build output.
	ignored, err := pm.MatchesOrParentMatches("target/release/app")
	if err != nil {
		return nil
	}
	if patterns == nil {
		patterns = []string{}
	}
	return &Dockerignore{Present: true, Patterns: patterns, IgnoresTarget: ignored}
}
