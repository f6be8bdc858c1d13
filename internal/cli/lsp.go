package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/ferrolint/ferrolint/internal/lsp"
	"github.com/ferrolint/ferrolint/report"
	"github.com/ferrolint/ferrolint/rules"
)

// serveLSP runs the language server on standard input and output. The
// lint flags (--config, --disable, --policy, ...) apply to every document.
func serveLSP(opts *options, stdin io.Reader, stdout, stderr io.Writer) int {
	if opts.fix || opts.fixUnsafe || opts.diff || opts.formatSet || len(opts.reports) > 0 || opts.output != "" {
		return usageError(stderr, errors.New("lsp publishes diagnostics and quick fixes; --fix, --diff, --format and --output are for check"))
	}
	sayShellcheckSkipped(opts, stderr)
	l := newBufferLinter(opts, stderr)
	// The engine of the working directory's configuration is compiled
	// now, before the first document arrives, and kept for the session.
	l.groupFor(target{path: opts.stdinName, stdin: true})
	return lsp.Serve(context.Background(), stdio{stdin, stdout}, l, version(), stderr)
}

// lspArgs drops --stdio, which LSP clients such as vscode-languageclient
// add to a server's command: standard input and output is the only
// transport.
func lspArgs(args []string) []string {
	return slices.DeleteFunc(slices.Clone(args), func(a string) bool { return a == "--stdio" })
}

// stdio joins standard input and output into the server's stream; closing
// it leaves them open.
type stdio struct {
	io.Reader
	io.Writer
}

func (stdio) Close() error { return nil }

// bufferLinter lints editor buffers as check lints files: each document
// gets the configuration check would give the file at its path and the
// engine built for it. An engine is compiled once per configuration and
// kept until the configuration file changes.
type bufferLinter struct {
	opts      *options
	base      rules.Options
	stderr    io.Writer
	platforms *platforms
	groups    map[string]*cachedGroup // by configuration path, "" for the defaults
}

// cachedGroup is a configuration and its engine, or why they could not be
// made, as of the configuration file's stamp.
type cachedGroup struct {
	g     *group
	err   error
	stamp fileStamp
}

// fileStamp tells a changed file from an unchanged one.
type fileStamp struct {
	mod  time.Time
	size int64
}

func stampOf(path string) fileStamp {
	if path == "" {
		return fileStamp{}
	}
	info, err := os.Stat(path)
	if err != nil {
		return fileStamp{}
	}
	return fileStamp{info.ModTime(), info.Size()}
}

func newBufferLinter(opts *options, stderr io.Writer) *bufferLinter {
	base := rules.Options{Disable: opts.disable, Enable: opts.enable, WarnUnusedIgnores: opts.warnUnusedIgnores, Shellcheck: true}
	// One ShellCheck runner for the session: a RUN body it has checked
	// costs nothing when the document is linted again.
	base.Shellchecker = rules.NewShellchecker()
	return &bufferLinter{opts: opts, base: base, stderr: stderr, platforms: newPlatforms(opts, stderr), groups: map[string]*cachedGroup{}}
}

// groupFor returns the configuration of a target with its engine built.
func (b *bufferLinter) groupFor(t target) (*group, error) {
	path, err := configFor(b.opts, t, map[string]string{}) // looked up each time: a configuration may appear
	if err != nil {
		return nil, err
	}
	stamp := stampOf(path)
	if c, ok := b.groups[path]; ok && c.stamp == stamp {
		return c.g, c.err
	}
	c := &cachedGroup{stamp: stamp}
	if c.g, c.err = newGroup(b.opts, b.base, path, b.stderr); c.err == nil {
		c.err = c.g.build()
	}
	b.groups[path] = c
	return c.g, c.err
}

// Lint implements lsp.Linter: it lints text as the file at path, with the
// build context of path's folder (or --context); a document that is not a
// file is linted like standard input with --stdin-filename.
func (b *bufferLinter) Lint(ctx context.Context, path string, text []byte) ([]rules.Finding, error) {
	if int64(len(text)) > b.opts.maxSize {
		return nil, fmt.Errorf("file is larger than the size limit of %d bytes (--max-file-size)", b.opts.maxSize)
	}
	t := target{path: path}
	if path == "" {
		t = target{path: b.opts.stdinName, stdin: true}
	}
	g, err := b.groupFor(t)
	if err != nil {
		return nil, err
	}
	if !t.stdin && g.cfg.Excluded(t.path) {
		return nil, nil
	}
	// The build context is read anew for every text: Cargo.toml and the
	// others may have changed since.
	l := &linter{engine: g.engine, contexts: newContexts(b.opts.context), platforms: b.platforms.withRegistry(g.cfg.Registry), sc: b.base.Shellchecker}
	file, err := l.parseOnly(t, text)
	if err != nil {
		return nil, err
	}
	res := l.finish(ctx, t, loaded{res: report.Result{Path: t.path}, file: file})
	return res.Findings, res.Err
}
