// Package sarifschema validates SARIF logs against the official SARIF 2.1.0
// JSON Schema, for the tests of every package that produces SARIF.
package sarifschema

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaFile is the schema's place relative to the module root: CI checks
// the repository out next to the shared folder that holds it.
var schemaFile = filepath.Join("..", "shared", "schemas", "sarif-schema-2.1.0.json")

// Validate checks one SARIF document.
type Validate func(doc []byte) error

// Load compiles the schema found by Find.
func Load() (Validate, error) {
	path, err := Find()
	if err != nil {
		return nil, err
	}
	return LoadFile(path)
}

// LoadFile compiles the schema at path.
func LoadFile(path string) (Validate, error) {
	schema, err := compile(path)
	if err != nil {
		return nil, err
	}
	return func(doc []byte) error {
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
		if err != nil {
			return fmt.Errorf("not JSON: %w", err)
		}
		err = schema.Validate(v)
		if ve, ok := errors.AsType[*jsonschema.ValidationError](err); ok {
			return errors.New(ve.GoString()) // names every failing location
		}
		return err
	}, nil
}

// MustFail tells whether a Load error fails a test rather than skips it:
// any error but a missing schema, and that too when CI=true, so that CI
// cannot pass by skipping.
func MustFail(err error) bool {
	return !errors.Is(err, fs.ErrNotExist) || os.Getenv("CI") == "true"
}

// Validator loads the schema for a test, skipping the test when the schema
// is missing, or failing it when CI=true.
func Validator(t testing.TB) Validate {
	t.Helper()
	validate, err := Load()
	switch {
	case err == nil:
		return validate
	case MustFail(err):
		t.Fatalf("SARIF schema: %v", err)
	default:
		t.Skipf("SARIF schema not found, not validating: %v", err)
	}
	return nil
}

// Find looks for the schema next to the module root, found by walking up
// from the working directory (a test's package directory) to go.mod. Its
// error wraps fs.ErrNotExist when the schema is not there.
func Find() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			path := filepath.Join(dir, schemaFile)
			_, err := os.Stat(path)
			return path, err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory: %w", fs.ErrNotExist)
		}
		dir = parent
	}
}

// compile loads the schema. It declares draft-04 ("id", not "$id"), so the
// compiler is told so in case the declaration is ever dropped, and asserts
// formats (uri, uri-reference, date-time), which draft-04 makes optional.
func compile(path string) (*jsonschema.Schema, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	c.AssertFormat()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c.Compile(url)
}
