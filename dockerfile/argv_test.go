package dockerfile

import (
	"fmt"
	"testing"
)

func TestProgramArgv(t *testing.T) {
	for src, want := range map[string]string{
		"RUN cargo build --release":                                "cargo [cargo build --release]",
		"RUN CARGO_INCREMENTAL=0 /usr/local/cargo/bin/cargo build": "cargo [/usr/local/cargo/bin/cargo build]",
		"RUN sudo -E env RUSTFLAGS=-Ccrt-static cargo build":       "cargo [cargo build]",
		"RUN find . -name '*.o' | xargs -0 rm -f":                  "rm [rm -f]",
		"RUN env A=1": " []",
		"RUN 1A=x ls": "1A=x [1A=x ls]",
	} {
		f := parse(t, "FROM debian:13\n"+src+"\n")
		cmds := f.Stages[0].Instructions[1].Commands
		c := cmds[len(cmds)-1]
		if got := fmt.Sprintf("%s %v", c.Program, c.Argv); got != want {
			t.Errorf("%s: got %q, want %q", src, got, want)
		}
	}
}
