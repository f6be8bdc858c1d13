package rules

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ferrolint/ferrolint/dockerfile"
)

// corpus reads the real Dockerfiles of ../shared/corpus/dev.
func corpus(b *testing.B) map[string][]byte {
	paths, _ := filepath.Glob("../../shared/corpus/dev/*.Dockerfile")
	if len(paths) == 0 {
		b.Skip("../shared/corpus/dev is not beside the checkout")
	}
	out := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out[p] = data
	}
	return out
}

// BenchmarkParseCorpus measures Dockerfile text to input model, per file.
func BenchmarkParseCorpus(b *testing.B) {
	files := corpus(b)
	b.ResetTimer()
	for b.Loop() {
		for p, data := range files {
			if _, err := dockerfile.Parse(p, data); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(files)), "µs/file")
}

// BenchmarkLintCorpus measures parse, input building and evaluation of all
// rules, per file, on one core.
func BenchmarkLintCorpus(b *testing.B) {
	files := corpus(b)
	e, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		for p, data := range files {
			f, err := dockerfile.Parse(p, data)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := e.Lint(ctx, f); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(files)), "µs/file")
}

// BenchmarkNew measures start-up: compiling the packs and preparing the query.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvalPerRule measures each rule alone, input prebuilt, per file.
func BenchmarkEvalPerRule(b *testing.B) {
	files := corpus(b)
	var parsed []*dockerfile.File
	for p, data := range files {
		f, err := dockerfile.Parse(p, data)
		if err != nil {
			b.Fatal(err)
		}
		parsed = append(parsed, f)
	}
	all, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, keep := range all.Rules() {
		var others []string
		for _, r := range all.Rules() {
			if r != keep {
				others = append(others, r.ID)
			}
		}
		e, err := New(Options{Disable: others})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(keep.ID, func(b *testing.B) {
			for b.Loop() {
				for _, f := range parsed {
					if _, err := e.Lint(context.Background(), f); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(parsed)), "µs/file")
		})
	}
}
