package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
)

// ReadData reads JSON or YAML documents (by extension: .json, else YAML)
// and merges them into one object, the data policies see. Two files that
// set the same key to different non-object values are an error.
func ReadData(paths []string) (map[string]any, error) {
	out := map[string]any{}
	from := map[string]string{} // top-level key -> file that set it, for errors
	for _, p := range paths {
		doc, err := readDataFile(p)
		if err != nil {
			return nil, err
		}
		if err := merge(out, doc, "", func(key string) error {
			return &Error{File: p, Msg: fmt.Sprintf("%s is already set by %s", key, from[strings.SplitN(key, ".", 2)[0]])}
		}); err != nil {
			return nil, err
		}
		for k := range doc {
			if _, ok := from[k]; !ok {
				from[k] = p
			}
		}
	}
	return out, nil
}

func readDataFile(p string) (map[string]any, error) {
	src, err := os.ReadFile(p)
	if err != nil {
		if pe, ok := errors.AsType[*os.PathError](err); ok {
			err = pe.Err
		}
		return nil, &Error{File: p, Msg: err.Error()}
	}
	var doc any
	if strings.EqualFold(filepath.Ext(p), ".json") {
		d := json.NewDecoder(bytes.NewReader(src))
		d.UseNumber()
		if err := d.Decode(&doc); err != nil {
			return nil, jsonError(p, src, err)
		}
	} else {
		if err := yaml.Unmarshal(src, &doc); err != nil {
			return nil, yamlError(p, err)
		}
		// Through JSON, so that the values are JSON types (numbers
		// included) and non-string keys are an error.
		js, err := json.Marshal(doc)
		if err != nil {
			return nil, &Error{File: p, Msg: "data must have string keys: " + err.Error()}
		}
		d := json.NewDecoder(bytes.NewReader(js))
		d.UseNumber()
		if err := d.Decode(&doc); err != nil {
			return nil, &Error{File: p, Msg: err.Error()}
		}
	}
	obj, ok := doc.(map[string]any)
	if !ok {
		return nil, &Error{File: p, Msg: "data must be an object (a mapping) at the top"}
	}
	return obj, nil
}

// jsonError names the line of a JSON syntax error.
func jsonError(p string, src []byte, err error) error {
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		line := 1 + bytes.Count(src[:min(int(se.Offset), len(src))], []byte("\n"))
		return &Error{File: p, Line: line, Msg: "invalid JSON: " + se.Error()}
	}
	return &Error{File: p, Msg: "invalid JSON: " + err.Error()}
}

// merge copies src into dst, recursing into objects both have.
func merge(dst, src map[string]any, prefix string, conflict func(key string) error) error {
	for k, v := range src {
		key := prefix + k
		old, ok := dst[k]
		if !ok {
			dst[k] = v
			continue
		}
		om, oldObj := old.(map[string]any)
		nm, newObj := v.(map[string]any)
		if !oldObj || !newObj {
			return conflict(key)
		}
		if err := merge(om, nm, key+".", conflict); err != nil {
			return err
		}
	}
	return nil
}
