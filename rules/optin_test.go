package rules

import (
	"context"
	"testing"

	"github.com/ferrolint/ferrolint/dockerfile"
)

// optInPolicy is a rule that is off by default; it reports every FROM.
func optInPolicy(def string) map[string]string {
	return map[string]string{"opt.rego": `# METADATA
# title: Every FROM
# custom:
#   id: XX001
#   name: every-from
#   severity: info
#   aliases: [EF1]
#   default: ` + def + `
package acme.every_from

import rego.v1

findings contains {"message": "a FROM", "range": s.from.range} if some s in input.stages
`}
}

func TestOptInRules(t *testing.T) {
	f, err := dockerfile.Parse("Dockerfile", []byte("FROM debian:13\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, def string
		opts      Options
		want      string
	}{
		{"off by default", "off", Options{}, ""},
		{"quoted off", `"off"`, Options{}, ""},
		{"on is the default", "on", Options{}, "XX001 info 1:6-1:15 a FROM\n"},
		{"enabled by ID", "off", Options{Enable: []string{"XX001"}}, "XX001 info 1:6-1:15 a FROM\n"},
		{"enabled by alias", "off", Options{Enable: []string{"ef1"}}, "XX001 info 1:6-1:15 a FROM\n"},
		{"a setting turns it on", "off", Options{Settings: []Setting{{Rule: "every-from", From: "c.yaml:2"}}}, "XX001 info 1:6-1:15 a FROM\n"},
		{"with its severity", "off", Options{Settings: []Setting{{Rule: "XX001", Severity: Error, From: "c.yaml:2"}}}, "XX001 error 1:6-1:15 a FROM\n"},
		{"disable wins", "off", Options{Enable: []string{"XX001"}, Disable: []string{"XX001"}}, ""},
		{"a disabling setting does not turn it on", "off", Options{Settings: []Setting{{Rule: "XX001", Disable: true, From: "c.yaml:2"}}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := mustEngine(t, optInPolicy(tc.def), tc.opts)
			fds, err := e.Lint(context.Background(), f)
			if err != nil {
				t.Fatal(err)
			}
			if got := summary(fds); got != tc.want {
				t.Errorf("findings:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestOptInErrors(t *testing.T) {
	if _, err := userEngine(t, optInPolicy("maybe"), Options{}); err == nil || err.Error() != `policies/opt.rego:1: rule XX001: custom.default "maybe" is not on or off` {
		t.Errorf("err = %v", err)
	}
	if _, err := userEngine(t, optInPolicy("[off]"), Options{}); err == nil || err.Error() != `policies/opt.rego:1: rule XX001: custom.default is a list; want on or off` {
		t.Errorf("err = %v", err)
	}
	if _, err := userEngine(t, optInPolicy("off"), Options{Enable: []string{"XX002"}}); err == nil || err.Error() != `--enable: unknown rule "XX002"` {
		t.Errorf("err = %v", err)
	}
}
