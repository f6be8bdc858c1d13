package fix

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/rules"
)

// fakeLint lints a toy language, one word per line: BAD becomes GOOD (rule
// A1), GOOD becomes FINE (rule B2, so fixes chain over passes), TRAP becomes
// BROKEN (rule C3), and BROKEN is a syntax error.
func fakeLint(src []byte) ([]rules.Finding, error) {
	var out []rules.Finding
	for i, line := range strings.Split(strings.TrimSuffix(string(src), "\n"), "\n") {
		n := i + 1
		r := rng(n, 1, n, len(line)+1)
		switch line {
		case "BAD":
			out = append(out, finding("A1", true, edit(r, "GOOD")))
		case "GOOD":
			out = append(out, finding("B2", false, edit(r, "FINE")))
		case "TRAP":
			out = append(out, finding("C3", true, edit(r, "BROKEN")))
		case "BROKEN":
			out = append(out, rules.Finding{Rule: rules.SyntaxRule, Message: "unknown instruction: BROKEN", Range: r})
		case "LOOP":
			out = append(out, finding("D4", true, edit(r, "LOOP")))
		}
	}
	return out, nil
}

func run(t *testing.T, src string, unsafe bool) (*Result, error) {
	t.Helper()
	fs, err := fakeLint([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return Run([]byte(src), fs, fakeLint, unsafe)
}

func TestRunReachesAFixedPoint(t *testing.T) {
	res, err := run(t, "BAD\nok\nBAD\n", true)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(res.Text), "FINE\nok\nFINE\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if res.Passes != 2 || ruleIDs(res.Applied) != "A1 A1 B2 B2" || len(res.Findings) != 0 {
		t.Fatalf("passes %d, applied %s, findings %d", res.Passes, ruleIDs(res.Applied), len(res.Findings))
	}
	// Fixing the fixed text changes nothing.
	again, err := run(t, string(res.Text), true)
	if err != nil || again.Changed(res.Text) || again.Passes != 0 {
		t.Fatalf("second run: %v, passes %d, text %q", err, again.Passes, again.Text)
	}
}

func TestRunSafeOnlyLeavesUnsafeFindings(t *testing.T) {
	res, err := run(t, "BAD\n", false)
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Text) != "GOOD\n" || len(res.Findings) != 1 || res.Findings[0].Rule.ID != "B2" {
		t.Fatalf("got %q with findings %v", res.Text, ruleIDs(res.Findings))
	}
	if len(res.Unapplied) != 0 {
		t.Fatalf("unsafe fix reported as unapplied: %+v", res.Unapplied)
	}
}

func TestRunRefusesAFixThatBreaksTheFile(t *testing.T) {
	src := "BAD\nTRAP\n"
	res, err := run(t, src, true)
	var be *BreakError
	if !errors.As(err, &be) {
		t.Fatalf("got error %v, want a BreakError", err)
	}
	if be.Fix.Rule.ID != "C3" || be.Fix.Range.Line != 2 {
		t.Errorf("blamed %s line %d, want C3 line 2", be.Fix.Rule.ID, be.Fix.Range.Line)
	}
	want := "the fix of C3 (line 2) would make the file unparsable (line 2: unknown instruction: BROKEN); file left unchanged"
	if err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
	if string(res.Text) != src {
		t.Errorf("text %q, want the original", res.Text)
	}
}

func TestRunStopsOnNoOpFixes(t *testing.T) {
	res, err := run(t, "LOOP\n", false)
	if err != nil {
		t.Fatal(err)
	}
	if res.Passes != 0 || res.Changed([]byte("LOOP\n")) {
		t.Fatalf("passes %d, text %q", res.Passes, res.Text)
	}
}

func TestRunStopsAfterMaxPasses(t *testing.T) {
	// Each pass can fix only the first of the chained words: CHAIN0 becomes
	// CHAIN1 and so on, one step per pass.
	var lint Lint
	lint = func(src []byte) ([]rules.Finding, error) {
		line := strings.TrimSuffix(string(src), "\n")
		var n int
		if _, err := fmt.Sscanf(line, "CHAIN%d", &n); err != nil {
			return nil, nil
		}
		return []rules.Finding{finding("E5", true, edit(rng(1, 1, 1, len(line)+1), fmt.Sprintf("CHAIN%d", n+1)))}, nil
	}
	fs, _ := lint([]byte("CHAIN0\n"))
	res, err := Run([]byte("CHAIN0\n"), fs, lint, false)
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Text) != "CHAIN10\n" || res.Passes != MaxPasses {
		t.Fatalf("got %q after %d passes", res.Text, res.Passes)
	}
	if len(res.Unapplied) != 1 || res.Unapplied[0].Reason != "not applied within 10 passes" {
		t.Fatalf("unapplied %+v", res.Unapplied)
	}
}
