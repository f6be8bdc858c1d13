package cli

import (
	"errors"
	"flag"
	"time"

	"github.com/ferrolint/ferrolint/rules"
)

// policyOptions are the flags of configuration and custom policies.
type policyOptions struct {
	config       string // --config: one file for every target instead of discovery
	policies     []string
	data         []string
	namespaces   []string
	allowNetwork bool
	timeout      time.Duration
	verbose      bool
	thresholdSet bool // --failure-threshold was given: it wins over config files
}

// addPolicyFlags defines the policyOptions flags on fs. It must run after
// --failure-threshold is defined, whose setting it records.
func addPolicyFlags(fs *flag.FlagSet, o *options) {
	fs.StringVar(&o.config, "config", "", "read the configuration from `file` instead of the nearest .ferrolint.yaml (or .hadolint.yaml) above each Dockerfile")
	fs.Func("policy", "load user Rego policies from `dir` (or a .rego file); repeatable", appendTo(&o.policies))
	fs.Func("data", "make a JSON or YAML `file` available to policies under data; repeatable", appendTo(&o.data))
	fs.Func("namespace", "Rego `package` whose deny/warn/violation rules are conftest-style rules (default main); repeatable", appendTo(&o.namespaces))
	fs.BoolVar(&o.allowNetwork, "allow-network-builtins", false, "let policies call http.send, net.lookup_ip_addr and opa.runtime")
	o.timeout = rules.DefaultTimeout
	fs.Func("timeout", "evaluation time `limit` per Dockerfile and per policy test, e.g. 30s (default 10s)", func(s string) error {
		d, err := time.ParseDuration(s)
		if err != nil || d <= 0 {
			return errors.New("want a positive duration such as 10s")
		}
		o.timeout = d
		return nil
	})
	fs.BoolVar(&o.verbose, "verbose", false, "say which configuration files are used and what they leave out")
	if f := fs.Lookup("failure-threshold"); f != nil {
		f.Value = recordSet{f.Value, &o.thresholdSet}
	}
}

func appendTo(dst *[]string) func(string) error {
	return func(s string) error {
		if s == "" {
			return errors.New("empty value")
		}
		*dst = append(*dst, s)
		return nil
	}
}

// recordSet is a flag value that notes it was set on the command line.
type recordSet struct {
	flag.Value
	set *bool
}

func (r recordSet) Set(s string) error {
	*r.set = true
	return r.Value.Set(s)
}

// String guards the zero value, which flag.PrintDefaults makes to find a
// flag's default.
func (r recordSet) String() string {
	if r.Value == nil {
		return ""
	}
	return r.Value.String()
}
