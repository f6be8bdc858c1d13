package cli

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/ferrolint/ferrolint/dockerfile"
	"github.com/ferrolint/ferrolint/report"
	"github.com/ferrolint/ferrolint/rules"
)

// linter lints targets with one engine shared by its workers.
type linter struct {
	engine  *rules.Engine
	stdin   io.Reader
	maxSize int64
	fixer   *fixer // nil unless a fix flag is given
	// contexts gives each file its build-context facts; nil reads none.
	contexts *contexts
	// platforms gives each file its target platform and, when asked, its
	// base images' platforms; nil gives none.
	platforms *platforms
}

// lintAll lints the targets on GOMAXPROCS workers and returns the results in
// the targets' order, so that output does not depend on scheduling.
func (l *linter) lintAll(ctx context.Context, targets []target) []report.Result {
	results := make([]report.Result, len(targets))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(targets)) {
		wg.Go(func() {
			for i := range jobs {
				results[i] = l.lint(ctx, targets[i])
			}
		})
	}
	for i := range targets {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return results
}

// lint reads, parses and lints one file. A panic becomes the file's error so
// that one bad file does not take down the run.
func (l *linter) lint(ctx context.Context, t target) (res report.Result) {
	res.Path = t.path
	defer func() {
		if v := recover(); v != nil {
			res.Findings = nil
			res.Err = fmt.Errorf("internal error: %v", v)
		}
	}()
	src, err := l.read(t)
	if err != nil {
		res.Err = err
		return res
	}
	res.Source = src
	file, err := l.parse(t, src)
	if err != nil {
		res.Err = err
		return res
	}
	res.Findings, res.Err = l.engine.Lint(ctx, file)
	if res.Err == nil && l.fixer != nil {
		l.fixer.fix(ctx, l, t, &res)
	}
	return res
}

// parse parses a text of t with the facts of its build context; fixing
// parses every fixed version of the text the same way.
func (l *linter) parse(t target, src []byte) (*dockerfile.File, error) {
	file, err := dockerfile.Parse(t.path, src)
	if err != nil {
		return nil, err
	}
	file.Context = l.contexts.value(t)
	l.platforms.annotate(file)
	return file, nil
}
