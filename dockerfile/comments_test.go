package dockerfile

import (
	"reflect"
	"testing"
)

func commentTexts(cs []Comment) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, c.Text+"@"+rng(c.Range))
	}
	return out
}

// The comments above an instruction are BuildKit's PrevComment: blank lines
// do not end the block, a bare # starts it over, parser directives and
// comments inside the previous instruction are left out.
func TestAttachedComments(t *testing.T) {
	f := parse(t, "# syntax=docker/dockerfile:1\n# VERSION the release\n\nARG VERSION=1 OTHER\n# dropped\n#\n  # build stage\nFROM debian:13 AS build\nRUN <<EOF\n# in the heredoc\nEOF\n\n# install\nRUN true \\\n  # inside the continuation\n  && false\n")
	for i, kv := range f.GlobalArgs {
		if got, want := commentTexts(kv.Comments), []string{"VERSION the release@2:1-2:22"}; !reflect.DeepEqual(got, want) {
			t.Errorf("global arg %d comments = %q, want %q", i, got, want)
		}
	}
	s := f.Stages[0]
	for i, want := range [][]string{{"build stage@7:3-7:16"}, {}, {"install@13:1-13:10"}} {
		if got := commentTexts(s.Instructions[i].Comments); !reflect.DeepEqual(got, want) {
			t.Errorf("instruction %d comments = %q, want %q", i, got, want)
		}
	}
}
