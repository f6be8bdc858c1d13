package config

import (
	"fmt"
	"path/filepath"

	"go.yaml.in/yaml/v3"
)

// keyReader reads the value v of the top-level key k.
type keyReader func(r *reader, k, v *yaml.Node) error

// ferrolintKeys are the keys of .ferrolint.yaml.
var ferrolintKeys = map[string]keyReader{
	"rules": func(r *reader, k, v *yaml.Node) error {
		return r.mapping(k, v, func(rk, rv *yaml.Node) error {
			s, err := r.oneOf(rk, rv, "off", "on", "error", "warning", "info", "style")
			if err != nil {
				return err
			}
			set := RuleSetting{Rule: rk.Value, Line: rk.Line, Disable: s == "off"}
			if s != "off" && s != "on" {
				set.Severity = s
			}
			r.c.Rules = append(r.c.Rules, set)
			return nil
		})
	},
	"failure-threshold": func(r *reader, k, v *yaml.Node) (err error) {
		r.c.FailureThreshold, err = r.oneOf(k, v, "error", "warning", "info", "style", "none")
		return err
	},
	"exclude": func(r *reader, k, v *yaml.Node) error {
		pats, lines, err := r.strs(k, v, false)
		for i, p := range pats {
			if !validGlob(p) {
				return &Error{File: r.file, Line: lines[i], Msg: fmt.Sprintf("exclude: malformed pattern %q", p)}
			}
			dir, err := filepath.Abs(r.dir)
			if err != nil {
				return &Error{File: r.file, Line: lines[i], Msg: err.Error()}
			}
			r.c.Exclude = append(r.c.Exclude, Glob{Pattern: p, Dir: dir})
		}
		return err
	},
	"trusted-registries": func(r *reader, k, v *yaml.Node) (err error) {
		r.c.TrustedRegistries, _, err = r.strs(k, v, false)
		return err
	},
	"label-schema": (*reader).labelSchema,
	"registry": func(r *reader, k, v *yaml.Node) (err error) {
		r.c.Registry, err = r.boolean(k, v)
		return err
	},
	"strict-labels": func(r *reader, k, v *yaml.Node) (err error) {
		r.c.StrictLabels, err = r.boolean(k, v)
		return err
	},
	"rust": func(r *reader, k, v *yaml.Node) error {
		return r.mapping(k, v, func(rk, rv *yaml.Node) (err error) {
			switch rk.Value {
			case "pin-level":
				r.c.Rust.PinLevel, err = r.oneOf(rk, rv, "minor", "patch", "digest")
			case "runtime-bases":
				r.c.Rust.RuntimeBases, _, err = r.strs(rk, rv, false)
			case "kubernetes":
				r.c.Rust.Kubernetes, err = r.boolean(rk, rv)
			default:
				err = r.errf(rk, "unknown key rust.%s (known: pin-level, runtime-bases, kubernetes)", rk.Value)
			}
			return err
		})
	},
	"policies": func(r *reader, k, v *yaml.Node) (err error) {
		r.c.Policies, err = r.paths(k, v)
		return err
	},
	"data": func(r *reader, k, v *yaml.Node) (err error) {
		r.c.Data, err = r.paths(k, v)
		return err
	},
	"namespaces": func(r *reader, k, v *yaml.Node) (err error) {
		r.c.Namespaces, _, err = r.strs(k, v, true)
		return err
	},
}

// hadolintKeys are the keys of .hadolint.yaml. Rule codes there are
// optional: hadolint has rules ferrolint does not.
var hadolintKeys = map[string]keyReader{
	"ignored": func(r *reader, k, v *yaml.Node) error {
		codes, lines, err := r.strs(k, v, false)
		for i, c := range codes {
			r.c.Rules = append(r.c.Rules, RuleSetting{Rule: c, Disable: true, Line: lines[i], Optional: true})
		}
		return err
	},
	"override": func(r *reader, k, v *yaml.Node) error {
		return r.mapping(k, v, func(sk, sv *yaml.Node) error {
			sev, err := r.oneOf(k, sk, "error", "warning", "info", "style")
			if err != nil {
				return err
			}
			codes, lines, err := r.strs(sk, sv, false)
			for i, c := range codes {
				r.c.Rules = append(r.c.Rules, RuleSetting{Rule: c, Severity: sev, Line: lines[i], Optional: true})
			}
			return err
		})
	},
	"trustedRegistries": func(r *reader, k, v *yaml.Node) (err error) {
		r.c.TrustedRegistries, _, err = r.strs(k, v, true)
		return err
	},
	"label-schema":  (*reader).labelSchema,
	"strict-labels": ferrolintKeys["strict-labels"],
	"failure-threshold": func(r *reader, k, v *yaml.Node) error {
		s, err := r.oneOf(k, v, "error", "warning", "info", "style", "ignore", "none")
		if s == "ignore" || s == "none" {
			s = "style" // in hadolint these make every finding fail
		}
		if r.c.FailureThreshold == "" {
			r.c.FailureThreshold = s
		}
		return err
	},
	"no-fail": func(r *reader, k, v *yaml.Node) error {
		noFail, err := r.boolean(k, v)
		if noFail {
			r.c.FailureThreshold = "none" // wins over failure-threshold
		}
		return err
	},
	// Output settings belong to the command line in ferrolint.
	"no-color":              hadolintNote,
	"verbose":               hadolintNote,
	"format":                hadolintNote,
	"formats":               hadolintNote,
	"output-file":           hadolintNote,
	"disable-ignore-pragma": hadolintNote,
}

func hadolintNote(r *reader, k, _ *yaml.Node) error {
	r.c.Notes = append(r.c.Notes, fmt.Sprintf("%s:%d: %s is a hadolint setting ferrolint does not read; ignored", r.file, k.Line, k.Value))
	return nil
}
