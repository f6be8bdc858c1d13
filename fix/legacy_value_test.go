package fix

import (
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/dockerfile"
)

// TestLegacyKeyValueFixKeepsTheValue applies DF039's fix to legacy ENV and
// LABEL lines and checks, with the parser, that the pair's key and value are
// the same before and after: BuildKit reads the legacy value (the rest of the
// line) and the quoted new one with the same lexer.
func TestLegacyKeyValueFixKeepsTheValue(t *testing.T) {
	lint := linter(t, engineOf(t, []string{"DF039"}))
	const head = "FROM alpine:3.22\nARG NAME=world\nENV HOME_DIR=/home/app\n"
	for _, c := range []struct{ line, want string }{
		{`ENV PORT 8080`, `ENV PORT=8080`},
		{`ENV HOME_BIN $HOME_DIR/bin`, `ENV HOME_BIN=$HOME_DIR/bin`},
		{`ENV EMPTY ""`, `ENV EMPTY=""`},
		{`ENV GREETING hello  big   world`, `ENV GREETING="hello  big   world"`},
		{"LABEL tabbed a\tb", "LABEL tabbed=\"a\tb\""},
		{`ENV MSG "hello world" and 'single $NAME'`, `ENV MSG="hello world and single \$NAME"`},
		{`ENV PATHS $HOME_DIR/bin:${NAME}/x $NAME`, `ENV PATHS="$HOME_DIR/bin:${NAME}/x $NAME"`},
		{`ENV DEF ${UNSET:-default value}`, `ENV DEF="${UNSET:-default value}"`},
		{`ENV ESC a\ b\"c\\d\$NAME\x`, `ENV ESC="a b\"c\\d\$NAMEx"`},
		{`ENV DQ "a \"b\" $NAME \x" 'c"d\e'`, `ENV DQ="a \"b\" $NAME \x c\"d\\e"`},
		{`ENV LONE cost $ 5 $`, `ENV LONE="cost \$ 5 \$"`},
		{`LABEL maintainer Jane "JD" Doe <jane@example.com>`, `LABEL maintainer="Jane JD Doe <jane@example.com>"`},
		{`LABEL description Café au lait`, `LABEL description="Café au lait"`},
		// Not read exactly: no fix.
		{`LABEL note it's here`, `LABEL note it's here`},
		{`ENV NESTED ${UNSET:-"x y"}`, `ENV NESTED ${UNSET:-"x y"}`},
		{"ENV LINES a \\\n  b", "ENV LINES a \\\n  b"},
	} {
		src := []byte(head + c.line + "\n")
		findings, err := lint(src)
		if err != nil {
			t.Fatal(err)
		}
		if len(findings) != 1 || findings[0].Rule.ID != "DF039" {
			t.Errorf("%s: findings %v, want one DF039", c.line, findings)
			continue
		}
		res, err := Run(src, findings, lint, false)
		if err != nil {
			t.Fatalf("%s: %v", c.line, err)
		}
		got := strings.TrimSuffix(strings.TrimPrefix(string(res.Text), head), "\n")
		if got != c.want {
			t.Errorf("fixed %s\n got %s\nwant %s", c.line, got, c.want)
		}
		if before, after := lastPair(t, src), lastPair(t, res.Text); before != after {
			t.Errorf("%s: the pair was %q, is %q after the fix %s", c.line, before, after, got)
		}
	}
}

// lastPair is the key and value of the first pair of the last instruction.
func lastPair(t *testing.T, src []byte) string {
	t.Helper()
	f, err := dockerfile.Parse("Dockerfile", src)
	if err != nil {
		t.Fatal(err)
	}
	ins := f.Stages[len(f.Stages)-1].Instructions
	p := ins[len(ins)-1].Pairs[0]
	return p.Key + "=" + p.Value
}
