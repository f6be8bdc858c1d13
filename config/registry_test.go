package config

import "testing"

func TestRegistryKey(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"registry: true\n", true},
		{"registry: false\n", false},
		{"rules: {}\n", false},
	} {
		c, err := Parse("c.yaml", []byte(tc.src), false)
		if err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		if c.Registry != tc.want {
			t.Errorf("%q: Registry = %v, want %v", tc.src, c.Registry, tc.want)
		}
	}
	if _, err := Parse("c.yaml", []byte("registry: sometimes\n"), false); err == nil || err.Error() != `c.yaml:1: registry: want true or false, got a string` {
		t.Errorf("bad value: error %v", err)
	}
}
