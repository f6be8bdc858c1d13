package cli

import (
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/internal/sarifschema"
)

func TestCheckSARIFRejectsInvalidSARIF(t *testing.T) {
	sarifschema.Validator(t) // skips when the schema is missing outside CI
	path, err := sarifschema.Find()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(schemaEnv, path)
	err = checkSARIF([]byte(`{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}`))
	if err == nil || !strings.HasPrefix(err.Error(), "output is not valid SARIF 2.1.0: ") {
		t.Errorf("got %v", err)
	}
	if err := checkSARIF([]byte(`{"version": "2.1.0", "runs": []}`)); err != nil {
		t.Errorf("a valid log: %v", err)
	}
}

func TestCheckSARIFWithoutSchema(t *testing.T) {
	t.Setenv(schemaEnv, "")
	t.Setenv("CI", "")
	if err := checkSARIF([]byte(`{}`)); err != nil {
		t.Errorf("outside CI: %v", err)
	}
	t.Setenv("CI", "true")
	if err := checkSARIF([]byte(`{}`)); err == nil {
		t.Error("CI=true without a schema passed")
	}
}
