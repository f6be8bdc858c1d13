package rules

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ferrolint/ferrolint/policy"
)

// ignorePack has two rules: TT001 reports every command of every RUN (a
// hadolint alias only), TT002 every FROM (a hadolint and a BuildKit alias).
func ignorePack(t *testing.T) fs.FS {
	t.Helper()
	schema, err := fs.ReadFile(policy.FS, policy.SchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	rule := func(id, name, aliases, body string) []byte {
		return []byte(fmt.Sprintf("# METADATA\n# title: %s\n# custom:\n#   id: %s\n#   name: %s\n#   severity: warning\n#   aliases: [%s]\npackage ferrolint.test.%s\n\nimport rego.v1\n\n%s\n",
			name, id, name, aliases, strings.ReplaceAll(name, "-", "_"), body))
	}
	return fstest.MapFS{
		policy.SchemaFile: {Data: schema},
		"test/one.rego": {Data: rule("TT001", "run-command", "DL9001", `findings contains {"message": c.name, "range": c.range} if {
	some s in input.stages
	some i in s.instructions
	some c in i.commands
	i.keyword == "RUN"
}`)},
		"test/two.rego": {Data: rule("TT002", "from-line", "DL9002, StageNameCasing", `findings contains {"message": s.from.image, "range": s.from.range} if {
	some s in input.stages
}`)},
	}
}

// lintIgnores lints src and returns its findings as "ID line:col".
func lintIgnores(t *testing.T, opts Options, src string) []string {
	t.Helper()
	e, err := newEngine(ignorePack(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	fds, err := lint(t, e, src)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, fd := range fds {
		s := fmt.Sprintf("%s %d:%d", fd.Rule.ID, fd.Range.Line, fd.Range.Column)
		if fd.Rule == UnusedIgnoreRule {
			s += " " + fd.Message
		}
		out = append(out, s)
	}
	return out
}

func TestIgnoreComments(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string
	}{{
		name: "nothing ignored",
		src:  "FROM a\nRUN x\n",
		want: []string{"TT002 1:6", "TT001 2:5"},
	}, {
		name: "ferrolint ignore by ID covers the next instruction only",
		src:  "FROM a\n# ferrolint ignore=TT001 reason=\"needed\"\nRUN x\nRUN y\n",
		want: []string{"TT002 1:6", "TT001 4:5"},
	}, {
		name: "by name and with blank lines and comments before the instruction",
		src:  "FROM a\n# ferrolint ignore=run-command\n\n# why\nRUN x\n",
		want: []string{"TT002 1:6"},
	}, {
		name: "several IDs with spaces",
		src:  "# ferrolint ignore=TT002 , TT001\nFROM a\nRUN x\n",
		want: []string{"TT001 3:5"},
	}, {
		name: "the continuation lines of the instruction are covered",
		src:  "FROM a\n# ferrolint ignore=TT001\nRUN x && \\\n    y\nRUN z\n",
		want: []string{"TT002 1:6", "TT001 5:5"},
	}, {
		name: "a comment inside a continuation covers nothing",
		src:  "FROM a\nRUN x && \\\n# ferrolint ignore=TT001\n    y\n",
		want: []string{"TT002 1:6", "TT001 2:5", "TT001 4:5"},
	}, {
		name: "ferrolint global ignore anywhere",
		src:  "FROM a\nRUN x\n# ferrolint global ignore=tt001\n",
		want: []string{"TT002 1:6"},
	}, {
		name: "hadolint ignore by alias with a trailing comment",
		src:  "FROM a\n# hadolint ignore=DL9001 # apt pins are managed elsewhere\nRUN x\n",
		want: []string{"TT002 1:6"},
	}, {
		name: "hadolint global ignore",
		src:  "# hadolint global ignore=DL9002\nFROM a\nRUN x\n",
		want: []string{"TT001 3:5"},
	}, {
		name: "hadolint stage ignore covers the stage",
		src:  "FROM a\nRUN x\n# hadolint stage ignore=DL9001\nFROM b\nRUN y\n",
		want: []string{"TT002 1:6", "TT001 2:5", "TT002 4:6"},
	}, {
		name: "check=skip directive by BuildKit name",
		src:  "# check=skip=StageNameCasing;error=true\nFROM a\nRUN x\nFROM b\n",
		want: []string{"TT001 3:5"},
	}, {
		name: "check=skip=all skips the rules that stand for BuildKit checks",
		src:  "# check=skip=all\nFROM a\nRUN x\n",
		want: []string{"TT001 3:5"},
	}, {
		name: "per-instruction check=skip with a reason after a space",
		src:  "FROM a\n# check=skip=StageNameCasing because\nFROM b\n",
		want: []string{"TT002 1:6"},
	}, {
		name: "a malformed comment is not an ignore",
		src:  "FROM a\n# ferrolint ignore TT001\n# hadolint ignore=DL9001 because\nRUN x\n",
		want: []string{"TT002 1:6", "TT001 4:5"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got := lintIgnores(t, Options{}, tc.src)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestWarnUnusedIgnores(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts Options
		src  string
		want []string
	}{{
		name: "a used ignore is not reported",
		opts: Options{WarnUnusedIgnores: true},
		src:  "FROM a\n# ferrolint ignore=TT001\nRUN x\n",
		want: []string{"TT002 1:6"},
	}, {
		name: "each key that suppresses nothing is reported on its comment",
		opts: Options{WarnUnusedIgnores: true},
		src:  "FROM a\n# hadolint ignore=DL9001,DL9002\nRUN x\n",
		want: []string{"TT002 1:6", "FL001 2:1 hadolint ignore of DL9002 suppresses nothing: TT002 (from-line) reports nothing here"},
	}, {
		name: "an unknown rule is reported",
		opts: Options{WarnUnusedIgnores: true},
		src:  "# ferrolint global ignore=NOPE1\nFROM a\n",
		want: []string{"FL001 1:1 ferrolint global ignore of NOPE1 suppresses nothing: no rule has that ID, name or alias", "TT002 2:6"},
	}, {
		name: "check=skip=all with nothing to skip",
		opts: Options{WarnUnusedIgnores: true, Disable: []string{"TT002"}},
		src:  "# check=skip=all\nFROM a\n",
		want: []string{"FL001 1:1 check=skip=all suppresses nothing: no BuildKit check reports anything here"},
	}, {
		name: "a disabled rule is not judged",
		opts: Options{WarnUnusedIgnores: true, Disable: []string{"TT001"}},
		src:  "FROM a\n# ferrolint ignore=TT001\nRUN x\n",
		want: []string{"TT002 1:6"},
	}, {
		name: "shellcheck codes are not judged when shellcheck did not run",
		opts: Options{WarnUnusedIgnores: true},
		src:  "FROM a\n# hadolint ignore=SC2086\nRUN x\n",
		want: []string{"TT002 1:6", "TT001 3:5"},
	}, {
		name: "FL001 can itself be ignored",
		opts: Options{WarnUnusedIgnores: true},
		src:  "# ferrolint global ignore=FL001\nFROM a\n# ferrolint ignore=TT002\nRUN x\n",
		want: []string{"TT002 2:6", "TT001 4:5"},
	}, {
		name: "without the option nothing is reported",
		src:  "FROM a\n# ferrolint ignore=TT002\nRUN x\n",
		want: []string{"TT002 1:6", "TT001 3:5"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got := lintIgnores(t, tc.opts, tc.src)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}
