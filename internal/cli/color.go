package cli

import (
	"io"
	"os"

	"github.com/mattn/go-isatty"
)

// useColor resolves --color: auto colours only a terminal, and only when
// NO_COLOR (https://no-color.org) is unset or empty.
func useColor(mode string, stdout io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	f, ok := stdout.(*os.File)
	return ok && os.Getenv("NO_COLOR") == "" && isatty.IsTerminal(f.Fd())
}
