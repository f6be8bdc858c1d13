package rules

import (
	"context"
	"testing"
)

// TestPolicyUnitTests runs every built-in _test.rego inside go test.
func TestPolicyUnitTests(t *testing.T) {
	results, err := RunPolicyTests(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(results) == 0 {
		t.Fatal("no Rego tests found")
	}
	for _, r := range results {
		t.Run(r.Name, func(t *testing.T) {
			if !r.Pass {
				t.Errorf("%s:%d: %v", r.File, r.Line, r.Err)
			}
		})
	}
}
