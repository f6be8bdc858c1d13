package report

import (
	"errors"
	"strings"
	"testing"

	"github.com/ferrolint/ferrolint/rules"
)

func TestJSON(t *testing.T) {
	results := []Result{
		{
			Path: "b/Dockerfile",
			Findings: []rules.Finding{
				{Rule: latestRule, Severity: rules.Warning, Message: "rust:latest is not pinned", File: "b/Dockerfile", Range: span(1, 6, 1, 17)},
			},
		},
		{Path: "big.Dockerfile", Err: errors.New("larger than the 10-byte limit")},
		{
			Path: "a/Dockerfile",
			Findings: []rules.Finding{
				{
					Rule: rootRule, Severity: rules.Error, Message: "runs as <root> & more", File: "a/Dockerfile", Range: span(3, 1, 3, 10),
					Fix: &rules.Fix{Description: "insert USER", Safe: true, Edits: []rules.Edit{
						{Range: span(4, 1, 4, 1), NewText: "USER 65532:65532\n"},
					}},
				},
				{Rule: latestRule, Severity: rules.Warning, Message: "m", File: "a/Dockerfile", Range: span(1, 6, 1, 17)},
			},
		},
	}
	var b strings.Builder
	if err := JSON(&b, results, "v1.2.3"); err != nil {
		t.Fatal(err)
	}
	checkText(t, b.String(), `{
  "tool": {
    "name": "ferrolint",
    "version": "v1.2.3"
  },
  "files": [
    {
      "path": "b/Dockerfile"
    },
    {
      "path": "big.Dockerfile",
      "error": "larger than the 10-byte limit"
    },
    {
      "path": "a/Dockerfile"
    }
  ],
  "findings": [
    {
      "rule": "RS001",
      "name": "pinned-base-image",
      "severity": "warning",
      "message": "m",
      "file": "a/Dockerfile",
      "line": 1,
      "column": 6,
      "end_line": 1,
      "end_column": 17,
      "aliases": [
        "DL3007"
      ],
      "help_uri": ""
    },
    {
      "rule": "RS004",
      "name": "root-runtime-user",
      "severity": "error",
      "message": "runs as <root> & more",
      "file": "a/Dockerfile",
      "line": 3,
      "column": 1,
      "end_line": 3,
      "end_column": 10,
      "aliases": [],
      "help_uri": "https://example.com/RS004",
      "fix": {
        "description": "insert USER",
        "safe": true,
        "edits": [
          {
            "line": 4,
            "column": 1,
            "end_line": 4,
            "end_column": 1,
            "new_text": "USER 65532:65532\n"
          }
        ]
      }
    },
    {
      "rule": "RS001",
      "name": "pinned-base-image",
      "severity": "warning",
      "message": "rust:latest is not pinned",
      "file": "b/Dockerfile",
      "line": 1,
      "column": 6,
      "end_line": 1,
      "end_column": 17,
      "aliases": [
        "DL3007"
      ],
      "help_uri": ""
    }
  ]
}
`)
}

func TestJSONEmpty(t *testing.T) {
	var b strings.Builder
	if err := JSON(&b, nil, "devel"); err != nil {
		t.Fatal(err)
	}
	checkText(t, b.String(), `{
  "tool": {
    "name": "ferrolint",
    "version": "devel"
  },
  "files": [],
  "findings": []
}
`)
}
