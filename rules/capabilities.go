package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// hostBuiltins reach outside the evaluation: the network, or the process
// (opa.runtime returns the environment). Policies are untrusted code, so
// they are left out unless Options.AllowNetworkBuiltins. The other net.*
// builtins (net.cidr_contains, ...) only compute and stay.
var hostBuiltins = []string{"http.send", "net.lookup_ip_addr", "opa.runtime"}

// capabilities are the builtins a policy may call.
func capabilities(allowHost bool) *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	if !allowHost {
		caps.Builtins = slices.DeleteFunc(caps.Builtins, func(b *ast.Builtin) bool {
			return slices.Contains(hostBuiltins, b.Name)
		})
	}
	return caps
}

// hostBuiltinHint adds how to allow a host builtin to a compile error that
// says one is undefined.
func hostBuiltinHint(err error) error {
	for _, name := range hostBuiltins {
		if strings.Contains(err.Error(), "undefined function "+name) {
			return fmt.Errorf("%w\n  (%s is disabled: policies may not reach the network or the host; --allow-network-builtins allows it)", err, name)
		}
	}
	return err
}
