// Package dockerfile parses Dockerfiles into ferrolint's input model: stages,
// instructions with exact ranges, resolved ARGs, image references and the
// simple commands of RUN bodies. policy/README.md documents the model.
package dockerfile

import "github.com/open-policy-agent/opa/v1/ast"

// Range is a span of source text. Lines and columns are 1-based, columns
// count Unicode characters, and the end is exclusive.
type Range struct {
	Line      int
	Column    int
	EndLine   int
	EndColumn int
}

// File is one parsed Dockerfile.
type File struct {
	Path       string
	Escape     string // the escape character: \ or `
	Directives map[string]string
	Lines      int
	GlobalArgs []*KeyValue // ARG instructions before the first FROM
	Stages     []*Stage
	// Comments are all comment lines that are not parser directives.
	Comments []Comment
	// Errors are syntax errors: BuildKit's parser rejected the file (Stages
	// is then empty) or an instruction.
	Errors []*SyntaxError
	// Context is input.context, the facts of the build context the caller
	// read (package buildctx); nil leaves it out.
	Context ast.Value
	// TargetPlatform and BuildPlatform (os/arch[/variant]) are the platforms
	// the caller builds for and on; "" leaves them out.
	TargetPlatform, BuildPlatform string

	src *source // the text, for positions
}

// Comment is a line whose first non-blank character is #.
type Comment struct {
	Text  string // after the # and leading blanks
	Range Range
}

// SyntaxError is a parse error with the position BuildKit reported.
type SyntaxError struct {
	Message string
	Range   Range
}

func (e *SyntaxError) Error() string { return e.Message }

// Stage is one FROM and the instructions that follow it.
type Stage struct {
	Index        int
	Name         string // lower-cased, as BuildKit compares names
	Final        bool
	From         *From
	Instructions []*Instruction // the FROM itself is Instructions[0]
	// Ancestors lists the indexes of the stages this one descends from
	// through FROM <stage>, nearest first.
	Ancestors []int
	// Root is the external image at the top of the FROM <stage> chain.
	Root *ImageRef
	// User is the last USER of this stage or, failing that, of its nearest
	// ancestor stage that has one; nil when none sets it.
	User  *User
	Range Range

	envOnly map[string]string // ENV values at the end, which child stages inherit
}

// From is a stage's base.
type From struct {
	Image       string   // as written
	Resolved    string   // after global ARG defaults are substituted
	MissingArgs []string // variables in Image with no value
	Ref         *ImageRef
	BaseStage   int // index of the earlier stage it builds on, or -1
	Platform    string
	Range       Range // the image argument
}

// ImageRef is a parsed image reference.
type ImageRef struct {
	Valid      bool   // it parses as a reference
	Scratch    bool   // the empty image
	Registry   string // e.g. docker.io, gcr.io
	Repository string // path without registry, e.g. library/rust
	Name       string // familiar name, e.g. rust, gcr.io/distroless/cc
	Tag        string
	Digest     string
	// Platforms are the registry's platforms of the image (os/arch[/variant]);
	// nil unless they were looked up (package registry).
	Platforms []string
}

// User is a USER value split into user and group.
type User struct {
	Value string
	User  string
	Group string
	Stage int // the stage whose USER this is
	Range Range
}

// Instruction is one Dockerfile instruction.
type Instruction struct {
	Index    int    // position in the file, from 0
	Keyword  string // upper-case
	Original string // the source text, continuation lines included
	Range    Range
	Args     []*Word
	Flags    []*Flag
	Form     string // "exec" or "shell" for RUN/CMD/ENTRYPOINT/SHELL/HEALTHCHECK, else ""
	Heredocs []*Heredoc
	Mounts   []*Mount
	// From, Chown, Chmod: the parsed --from/--chown/--chmod of COPY and ADD.
	From      string
	FromStage int // the stage --from names, or -1
	Chown     *User
	Chmod     string
	Pairs     []*KeyValue // ENV, ARG, LABEL
	Commands  []*Command  // RUN, CMD, ENTRYPOINT, HEALTHCHECK CMD
	// Env holds the ARG and ENV values in effect before the instruction
	// runs, as far as the file determines them.
	Env map[string]string
	// Health holds HEALTHCHECK's options; nil elsewhere.
	Health *Healthcheck
	// Comments are the comment lines just above the instruction, as
	// BuildKit attaches them (see attachedComments).
	Comments []Comment
	// Trigger is the instruction an ONBUILD runs in a child build; nil
	// elsewhere.
	Trigger *Instruction
}

// Word is an argument with its range.
type Word struct {
	Value string
	Range Range
}

// Flag is an instruction flag such as --from=builder.
type Flag struct {
	Name  string
	Value string
	Range Range
}

// Heredoc is a here-document attached to an instruction.
type Heredoc struct {
	Name   string
	Body   string
	Expand bool
	Chomp  bool
	Range  Range // the body lines
}

// Mount is a parsed RUN --mount.
type Mount struct {
	Type     string
	Target   string
	Source   string
	From     string
	ID       string
	Sharing  string
	ReadOnly bool
	Range    Range
}

// KeyValue is one ENV, ARG or LABEL entry.
type KeyValue struct {
	Key      string
	Value    string // as BuildKit reads it (quotes removed); resolved against the env for ARG/ENV
	Raw      string // as written
	HasValue bool
	Range    Range
	// Comments are those of the ARG instruction; set for global ARGs only.
	Comments []Comment
}

// Command is one simple command of a shell body or an exec array.
type Command struct {
	Name string   // base name of Args[0]
	Args []string // argv, quotes removed, known variables expanded
	// Argv is Args from the program that runs: without leading VAR=value
	// words and wrappers (env, sudo, xargs, ...) and their options; Program
	// is its base name. Both are empty for a command of assignments only.
	Argv      []string
	Program   string
	Range     Range
	Redirects []*Redirect
	// Wrapped is true when the command came from unwrapping sh -c '...'.
	Wrapped bool
}

// Redirect is an output or input redirection of a command.
type Redirect struct {
	Op     string
	Target string
}

// Healthcheck holds the options of HEALTHCHECK.
type Healthcheck struct {
	None bool // HEALTHCHECK NONE
}
