package rules

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ferrolint/ferrolint/dockerfile"
)

// scBatch is the most scripts one shellcheck process checks: enough that
// process start-up (~30 ms) stops mattering, few enough that the scripts of
// a large run still spread over the cores.
const scBatch = 256

// Shellchecker runs shellcheck over scripts, many per process, and keeps
// the comments of every script text it has checked. RUN bodies of many
// files then cost a few processes, which can run while the policies
// compile (Prefetch), and a body seen again, as when a fixed file is linted
// again, costs none. It is safe for concurrent use.
type Shellchecker struct {
	bin   string
	slots chan struct{} // bounds the processes running at once

	mu   sync.Mutex
	jobs map[string]*scJob // by script text

	processes atomic.Int64 // started so far
}

// scKeep bounds the script texts kept: a language server checks new bodies
// for as long as an editor runs. Past it, finished checks are forgotten.
const scKeep = 4096

// scJob is the check of one script text; ready closes when it is done.
type scJob struct {
	ready    chan struct{}
	comments []scComment
	err      error
}

// NewShellchecker finds shellcheck on PATH; without it Path is "" and it
// checks nothing.
func NewShellchecker() *Shellchecker {
	bin, _ := exec.LookPath("shellcheck")
	return &Shellchecker{bin: bin, slots: make(chan struct{}, runtime.GOMAXPROCS(0)), jobs: map[string]*scJob{}}
}

// Path is the shellcheck executable, "" when there is none.
func (s *Shellchecker) Path() string { return s.bin }

// Prefetch starts checking the RUN bodies of files in the background;
// linting the files later waits for those results instead of starting
// processes of its own.
func (s *Shellchecker) Prefetch(ctx context.Context, files []*dockerfile.File) {
	if s.bin == "" {
		return
	}
	var texts []string
	for _, f := range files {
		for _, sc := range scriptsOf(f) {
			texts = append(texts, sc.text)
		}
	}
	_, batches := s.start(ctx, texts)
	for _, b := range batches {
		go b()
	}
}

// comments returns shellcheck's comments on each text, checking the texts
// not seen before in processes of their own.
func (s *Shellchecker) comments(ctx context.Context, texts []string) ([][]scComment, error) {
	jobs, batches := s.start(ctx, texts)
	var wg sync.WaitGroup
	for _, b := range batches {
		wg.Go(b)
	}
	wg.Wait()
	out := make([][]scComment, len(texts))
	for i, j := range jobs {
		select {
		case <-j.ready:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if j.err != nil {
			return nil, j.err
		}
		out[i] = j.comments
	}
	return out, nil
}

// start returns the check of each text, registering those not seen
// before, and the batches that check them, one function per process.
func (s *Shellchecker) start(ctx context.Context, texts []string) ([]*scJob, []func()) {
	all := make([]*scJob, len(texts))
	var fresh []string
	var jobs []*scJob
	s.mu.Lock()
	if len(s.jobs) > scKeep {
		s.forgetDone()
	}
	for i, t := range texts {
		j, ok := s.jobs[t]
		if !ok {
			j = &scJob{ready: make(chan struct{})}
			s.jobs[t] = j
			fresh = append(fresh, t)
			jobs = append(jobs, j)
		}
		all[i] = j
	}
	s.mu.Unlock()
	var out []func() // a batch per scBatch texts, but use every slot
	n := min(scBatch, max(1, (len(fresh)+cap(s.slots)-1)/cap(s.slots)))
	for lo := 0; lo < len(fresh); lo += n {
		hi := min(lo+n, len(fresh))
		ts, js := fresh[lo:hi], jobs[lo:hi]
		out = append(out, func() {
			s.slots <- struct{}{}
			defer func() { <-s.slots }()
			res, err := s.run(ctx, ts)
			for i, j := range js {
				if err != nil {
					j.err = err
				} else {
					j.comments = res[i]
				}
				close(j.ready)
			}
		})
	}
	return all, out
}

// forgetDone drops the finished checks; s.mu is held.
func (s *Shellchecker) forgetDone() {
	for t, j := range s.jobs {
		select {
		case <-j.ready:
			delete(s.jobs, t)
		default:
		}
	}
}

// run checks texts with one shellcheck process.
func (s *Shellchecker) run(ctx context.Context, texts []string) ([][]scComment, error) {
	dir, err := os.MkdirTemp("", "ferrolint-shellcheck")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	args := []string{"--format=json1", "--exclude=" + shellcheckExcluded}
	for i, t := range texts {
		p := filepath.Join(dir, strconv.Itoa(i))
		if err := os.WriteFile(p, []byte(t), 0o600); err != nil {
			return nil, err
		}
		args = append(args, p)
	}
	var stdout, stderr bytes.Buffer
	s.processes.Add(1)
	cmd := exec.CommandContext(ctx, s.bin, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// Exit status 1 means "found something"; anything else is a failure.
	if err := cmd.Run(); err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
			return nil, fmt.Errorf("shellcheck: %v: %s", err, strings.TrimSpace(stderr.String()))
		}
	}
	var out struct {
		Comments []scComment `json:"comments"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		return nil, fmt.Errorf("shellcheck output: %w", err)
	}
	res := make([][]scComment, len(texts))
	for _, c := range out.Comments {
		i, err := strconv.Atoi(filepath.Base(c.File))
		if err == nil && i >= 0 && i < len(texts) {
			res[i] = append(res[i], c)
		}
	}
	return res, nil
}
