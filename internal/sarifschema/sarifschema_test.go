package sarifschema

import (
	"errors"
	"os"
	"testing"
)

func TestValidatorRejectsInvalidSARIF(t *testing.T) {
	validate := Validator(t)
	cases := map[string]string{
		"wrong version":    `{"version": "2.0.0", "runs": []}`,
		"region line zero": `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "Dockerfile"}, "region": {"startLine": 0}}}]}]}]}`,
		"unknown property": `{"version": "2.1.0", "runs": [], "extra": 1}`,
		"bad uri":          `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "informationUri": "not a uri"}}}]}`,
		"not JSON":         `{`,
	}
	for name, doc := range cases {
		if err := validate([]byte(doc)); err == nil {
			t.Errorf("%s: validated", name)
		}
	}
	if err := validate([]byte(`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": []}]}`)); err != nil {
		t.Errorf("minimal log: %v", err)
	}
}

func TestMustFail(t *testing.T) {
	_, missing := os.Stat("no-such-schema.json")
	t.Setenv("CI", "")
	if MustFail(missing) {
		t.Error("a missing schema fails outside CI")
	}
	if !MustFail(errors.New("bad schema")) {
		t.Error("a broken schema does not fail")
	}
	t.Setenv("CI", "true")
	if !MustFail(missing) {
		t.Error("a missing schema does not fail in CI")
	}
}
