// Package policy holds ferrolint's built-in Rego rule packs, their unit
// tests and the JSON Schema of the input document. README.md documents the
// input model and the rule contract.
package policy

import "embed"

// FS holds every pack (rust/, lib/) with its tests, and input.schema.json.
//
//go:embed input.schema.json lib/*.rego rust/*.rego general/*.rego
var FS embed.FS

// SchemaFile is the path of the input schema in FS.
const SchemaFile = "input.schema.json"
