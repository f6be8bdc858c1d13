package cli

import (
	"os"
	"sync"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/ferrolint/ferrolint/internal/sarifschema"
)

var loadSchema = sync.OnceValues(sarifschema.Load)

// cmdSARIFValid implements "sarifvalid FILE": FILE must be a SARIF log
// that the SARIF 2.1.0 schema accepts. Without the schema it only logs,
// unless CI=true.
func cmdSARIFValid(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: sarifvalid FILE")
	}
	validate, err := loadSchema()
	if err != nil {
		if sarifschema.MustFail(err) {
			ts.Fatalf("SARIF schema: %v", err)
		}
		ts.Logf("not validating against the SARIF schema: %v", err)
		return
	}
	doc, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	if err := validate(doc); err != nil {
		ts.Fatalf("%s is not valid SARIF 2.1.0: %v", args[0], err)
	}
}
