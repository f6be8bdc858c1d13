// Package config reads ferrolint's configuration: .ferrolint.yaml, or a
// hadolint .hadolint.yaml read through the rule aliases. Every problem is an
// error naming the file and line.
package config

import (
	"fmt"
	"path/filepath"
	"slices"
)

// Config is one configuration file, fully read and checked.
type Config struct {
	Path     string // the file it was read from; "" for the defaults
	Hadolint bool   // read from a hadolint configuration

	Rules []RuleSetting // in file order
	// FailureThreshold is error, warning, info, style or none; "" when the
	// file does not set it.
	FailureThreshold string
	Exclude          []Glob

	TrustedRegistries []string
	LabelSchema       map[string]string // label name -> type
	StrictLabels      bool
	Rust              Rust
	// Registry turns on looking up base images' platforms (--registry).
	Registry bool

	// Policies and Data are paths, made relative to the working directory
	// (they are written relative to the config file's directory).
	Policies   []string
	Data       []string
	Namespaces []string // conftest packages; empty means main

	// Notes say what was read but means nothing to ferrolint (hadolint
	// codes without a rule, hadolint output settings), for --verbose.
	Notes []string
}

// RuleSetting turns one rule off or on, or changes its severity. Any
// setting but off turns on a rule that is off by default, as a hadolint
// severity override turns on DL3057.
type RuleSetting struct {
	Rule     string // ID, name or alias, as written
	Disable  bool
	Severity string // error, warning, info or style; "" for off and on
	Line     int
	// Optional is set for hadolint codes: one that names no ferrolint
	// rule is a note, not an error.
	Optional bool
}

// Rust holds the Rust pack's settings.
type Rust struct {
	PinLevel     string   // minor (default), patch or digest
	RuntimeBases []string // allowed runtime base images; empty allows any
	Kubernetes   bool     // require numeric USERs, as runAsNonRoot checks
}

// Glob is an exclude pattern, relative to the directory of its config file.
type Glob struct {
	Pattern string
	Dir     string
}

// Error is a configuration problem at a line of a file.
type Error struct {
	File string
	Line int // 0 when the problem is the file as a whole
	Msg  string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Default is the configuration used when no file is found.
func Default() *Config {
	return &Config{Rust: Rust{PinLevel: "minor"}, LabelSchema: map[string]string{}}
}

// CheckRules reports the first rule setting that names no rule: known tells
// whether a key is a rule ID, name or alias. Hadolint codes without a rule
// become notes instead.
func (c *Config) CheckRules(known func(string) bool) error {
	for _, s := range c.Rules {
		if known(s.Rule) {
			continue
		}
		if s.Optional {
			c.Notes = append(c.Notes, fmt.Sprintf("%s:%d: %s has no ferrolint rule; ignored", c.Path, s.Line, s.Rule))
			continue
		}
		return &Error{File: c.Path, Line: s.Line, Msg: fmt.Sprintf("unknown rule %q", s.Rule)}
	}
	return nil
}

// Disabled lists the rules the file turns off.
func (c *Config) Disabled(known func(string) bool) []string {
	var out []string
	for _, s := range c.Rules {
		if s.Disable && known(s.Rule) {
			out = append(out, s.Rule)
		}
	}
	return out
}

// Overrides maps rules to the severity the file gives them. When a rule is
// named twice the more severe setting wins, as in hadolint.
func (c *Config) Overrides(known func(string) bool) map[string]string {
	out := map[string]string{}
	for _, s := range c.Rules {
		if s.Severity == "" || !known(s.Rule) {
			continue
		}
		if old, ok := out[s.Rule]; !ok || severityRank(s.Severity) > severityRank(old) {
			out[s.Rule] = s.Severity
		}
	}
	return out
}

func severityRank(s string) int { return slices.Index(severities, s) }

// severities, lowest first.
var severities = []string{"style", "info", "warning", "error"}

// Document is the configuration as policies see it, under
// data.ferrolint.config. Every key is present, with its default when the
// file does not set it.
func (c *Config) Document() map[string]any {
	labels := map[string]any{}
	for k, v := range c.LabelSchema {
		labels[k] = v
	}
	return map[string]any{
		"trusted_registries": anySlice(c.TrustedRegistries),
		"label_schema":       labels,
		"strict_labels":      c.StrictLabels,
		"rust": map[string]any{
			"pin_level":     c.Rust.PinLevel,
			"runtime_bases": anySlice(c.Rust.RuntimeBases),
			"kubernetes":    c.Rust.Kubernetes,
		},
	}
}

// anySlice converts to []any so that the document holds only JSON types.
func anySlice(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// Excluded tells whether path (as given on the command line) matches one of
// the exclude patterns.
func (c *Config) Excluded(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	for _, g := range c.Exclude {
		if g.Match(abs) {
			return true
		}
	}
	return false
}
