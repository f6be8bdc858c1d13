package dockerfile

import (
	"fmt"
	"testing"
)

// LABEL values lose their quotes and take ARG/ENV values as BuildKit gives
// them; a value that needs a variable without a value stays as written.
func TestLabelValues(t *testing.T) {
	f := parse(t, `FROM debian:13
ARG VERSION=1.2.3
ARG UNSET
ENV NAME=app
LABEL org.opencontainers.image.source="https://github.com/example/$NAME" \
      org.opencontainers.image.version=$VERSION org.example.words='a b' \
      org.example.unset=v$UNSET
`)
	in := f.Stages[0].Instructions[4]
	var got []string
	for _, p := range in.Pairs {
		got = append(got, fmt.Sprintf("%s=%s (%s) %s", p.Key, p.Value, p.Raw, rng(p.Range)))
	}
	want := []string{
		`org.opencontainers.image.source=https://github.com/example/app ("https://github.com/example/$NAME") 5:7-5:73`,
		`org.opencontainers.image.version=1.2.3 ($VERSION) 6:7-6:48`,
		`org.example.words=a b ('a b') 6:49-6:72`,
		`org.example.unset=v$UNSET (v$UNSET) 7:7-7:32`,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("pairs:\n got %q\nwant %q", got, want)
	}
}
