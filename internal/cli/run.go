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
	// sc, when set, is given every parsed file to check its RUN bodies
	// ahead of linting.
	sc *rules.Shellchecker
}

// loaded is a target read and parsed; file is nil when that failed and
// res.Err says why.
type loaded struct {
	res  report.Result
	file *dockerfile.File
}

// lintAll lints the targets on GOMAXPROCS workers and returns the results in
// the targets' order, so that output does not depend on scheduling.
func (l *linter) lintAll(ctx context.Context, targets []target) []report.Result {
	return l.lintLoaded(ctx, targets, l.loadAll(ctx, targets))
}

// loadAll reads and parses the targets on GOMAXPROCS workers.
func (l *linter) loadAll(ctx context.Context, targets []target) []loaded {
	out := make([]loaded, len(targets))
	parallel(len(targets), func(i int) { out[i] = l.load(targets[i]) })
	if l.sc != nil {
		files := make([]*dockerfile.File, 0, len(out))
		for _, ld := range out {
			if ld.file != nil {
				files = append(files, ld.file)
			}
		}
		l.sc.Prefetch(ctx, files)
	}
	return out
}

// lintLoaded lints loaded targets on GOMAXPROCS workers.
func (l *linter) lintLoaded(ctx context.Context, targets []target, lds []loaded) []report.Result {
	results := make([]report.Result, len(targets))
	parallel(len(targets), func(i int) { results[i] = l.finish(ctx, targets[i], lds[i]) })
	return results
}

// lint reads, parses and lints one file.
func (l *linter) lint(ctx context.Context, t target) report.Result {
	return l.finish(ctx, t, l.load(t))
}

// parallel calls do(0..n-1) on GOMAXPROCS workers.
func parallel(n int, do func(i int)) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := range jobs {
				do(i)
			}
		})
	}
	for i := range n {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}

// load reads and parses one file. A panic becomes the file's error so that
// one bad file does not take down the run.
func (l *linter) load(t target) (ld loaded) {
	ld.res.Path = t.path
	defer func() {
		if v := recover(); v != nil {
			ld.file = nil
			ld.res.Err = fmt.Errorf("internal error: %v", v)
		}
	}()
	src, err := l.read(t)
	if err != nil {
		ld.res.Err = err
		return ld
	}
	ld.res.Source = src
	ld.file, ld.res.Err = l.parseOnly(t, src)
	return ld
}

// finish lints a loaded file and fixes it when asked. A panic becomes the
// file's error.
func (l *linter) finish(ctx context.Context, t target, ld loaded) (res report.Result) {
	res = ld.res
	if ld.file == nil {
		return res
	}
	defer func() {
		if v := recover(); v != nil {
			res.Findings = nil
			res.Err = fmt.Errorf("internal error: %v", v)
		}
	}()
	l.platforms.annotate(ld.file)
	res.Findings, res.Err = l.engine.Lint(ctx, ld.file)
	if res.Err == nil && l.fixer != nil {
		l.fixer.fix(ctx, l, t, &res)
	}
	return res
}

// parse parses a text of t with the facts of its build context and the
// platforms of its group; fixing parses every fixed version of the text the
// same way.
func (l *linter) parse(t target, src []byte) (*dockerfile.File, error) {
	file, err := l.parseOnly(t, src)
	if err != nil {
		return nil, err
	}
	l.platforms.annotate(file)
	return file, nil
}

// parseOnly parses a text of t with the facts of its build context; the
// platforms come later, from the group the file is linted with.
func (l *linter) parseOnly(t target, src []byte) (*dockerfile.File, error) {
	file, err := dockerfile.Parse(t.path, src)
	if err != nil {
		return nil, err
	}
	file.Context = l.contexts.value(t)
	return file, nil
}
