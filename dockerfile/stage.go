package dockerfile

import (
	"strconv"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/shell"
)

// addGlobal handles an instruction before the first FROM: only ARG is
// meaningful there.
func (b *builder) addGlobal(in *Instruction, cmd any) {
	in.Env = b.global.snapshot()
	switch c := cmd.(type) {
	case *instructions.ArgCommand:
		b.args(in, c, b.global)
		for _, kv := range in.Pairs {
			kv.Comments = in.Comments
		}
		b.file.GlobalArgs = append(b.file.GlobalArgs, in.Pairs...)
	case nil: // already reported
	default:
		b.file.Errors = append(b.file.Errors, &SyntaxError{Message: in.Keyword + " before the first FROM: only ARG may come before FROM (no build stage in current context)", Range: in.Range})
	}
}

func (b *builder) lexer() *shell.Lex {
	return shell.NewLex(rune(b.escape))
}

func (b *builder) startStage(in *Instruction, st *instructions.Stage) {
	stage := &Stage{Index: len(b.file.Stages), Instructions: []*Instruction{in}, Range: in.Range}
	from := &From{BaseStage: -1}
	if st != nil {
		stage.Name = st.Name
		from.Image = st.BaseName
		from.Platform = st.Platform
	} else if len(in.Args) > 0 {
		from.Image = in.Args[0].Value
	}
	for _, w := range in.Args {
		if w.Value == from.Image {
			from.Range = w.Range
			break
		}
	}
	if from.Range == (Range{}) {
		from.Range = in.Range
	}
	from.Resolved, from.MissingArgs = b.global.expand(from.Image)
	if from.MissingArgs == nil {
		from.MissingArgs = []string{}
	}
	from.BaseStage = b.stageIndex(from.Resolved, false)
	from.Ref = parseImageRef(from.Resolved)
	in.Env = b.global.snapshot()
	stage.From = from
	b.env = newEnv(b.lexer(), &b.expansionLeft)
	if from.BaseStage >= 0 {
		// ENV is part of the image config a child stage inherits; ARG is not.
		for k, v := range b.file.Stages[from.BaseStage].envOnly {
			b.env.set(k, v)
		}
	}
	stage.envOnly = map[string]string{}
	for k, v := range stage.envOnlyInherited(b.file.Stages) {
		stage.envOnly[k] = v
	}
	b.file.Stages = append(b.file.Stages, stage)
	b.stage = stage
}

// envOnlyInherited returns the ENV values of the stage's base stage.
func (s *Stage) envOnlyInherited(stages []*Stage) map[string]string {
	if s.From.BaseStage < 0 {
		return nil
	}
	return stages[s.From.BaseStage].envOnly
}

// stageIndex finds the earlier stage a FROM or --from names, or -1.
// Numbers name stages only for --from.
func (b *builder) stageIndex(name string, numeric bool) int {
	if name == "" {
		return -1
	}
	lower := strings.ToLower(name)
	for _, s := range b.file.Stages {
		if s.Name != "" && s.Name == lower {
			return s.Index
		}
	}
	if numeric {
		if n, err := strconv.Atoi(name); err == nil && n >= 0 && n < len(b.file.Stages) {
			return n
		}
	}
	return -1
}

// fill adds what the typed command knows to an instruction of a stage.
func (b *builder) fill(in *Instruction, cmd any) {
	stage := b.stage
	stage.Range.EndLine, stage.Range.EndColumn = in.Range.EndLine, in.Range.EndColumn
	if b.fillCommands(in, cmd) {
		return
	}
	switch c := cmd.(type) {
	case *instructions.ArgCommand:
		b.args(in, c, b.env)
	case *instructions.EnvCommand:
		b.pairs(in, c.Env, true)
		for _, p := range in.Pairs {
			b.env.set(p.Key, p.Value)
			stage.envOnly[p.Key] = p.Value
		}
	case *instructions.LabelCommand:
		b.labels(in, c.Labels)
	case *instructions.CopyCommand:
		b.copyFrom(in, c.From, c.Chown, c.Chmod)
	case *instructions.AddCommand:
		b.copyFrom(in, "", c.Chown, c.Chmod)
	case *instructions.UserCommand:
		value, _ := b.env.expand(c.User)
		stage.User = splitUser(value, stage.Index, in.Range)
	case *instructions.OnbuildCommand:
		in.Trigger = b.trigger(in, b.lg, c.Expression)
	}
}

// fillCommands adds the mounts and commands of RUN, CMD, ENTRYPOINT and
// HEALTHCHECK CMD, and reports whether cmd is one of them.
func (b *builder) fillCommands(in *Instruction, cmd any) bool {
	switch cmd.(type) {
	case *instructions.RunCommand:
		in.Mounts = mounts(in)
		in.Commands = b.runCommands(in)
	case *instructions.CmdCommand, *instructions.EntrypointCommand:
		in.Commands = b.runCommands(in)
	case *instructions.HealthCheckCommand:
		if len(in.Args) > 1 {
			in.Commands = b.runCommands(in)
		}
	default:
		return false
	}
	return true
}

func (b *builder) args(in *Instruction, c *instructions.ArgCommand, e *env) {
	for _, a := range c.Args {
		kv := &KeyValue{Key: a.Key, HasValue: a.Value != nil}
		switch {
		case a.Value != nil:
			kv.Raw = *a.Value
			kv.Value, _ = e.expand(*a.Value)
			e.set(a.Key, kv.Value)
		case e != b.global:
			// ARG NAME in a stage takes the global default, if there is one.
			if v, ok := b.global.Get(a.Key); ok {
				kv.Value = v
				e.set(a.Key, v)
			} else {
				e.declare(a.Key)
			}
		default:
			e.declare(a.Key)
		}
		kv.Range = b.pairRange(in, a.Key)
		in.Pairs = append(in.Pairs, kv)
	}
}

func (b *builder) pairs(in *Instruction, kvs instructions.KeyValuePairs, expand bool) {
	for _, p := range kvs {
		kv := &KeyValue{Key: p.Key, Raw: p.Value, Value: p.Value, HasValue: true}
		if expand {
			kv.Value, _ = b.env.expand(p.Value)
		}
		kv.Range = b.pairRange(in, p.Key)
		in.Pairs = append(in.Pairs, kv)
	}
}

// labels adds LABEL pairs with quotes removed and variables expanded, as
// BuildKit does; a pair that uses a variable without a value keeps its text,
// so that rules see it is unresolved rather than empty.
func (b *builder) labels(in *Instruction, kvs instructions.KeyValuePairs) {
	for _, p := range kvs {
		kv := &KeyValue{Key: p.Key, Raw: p.Value, Value: p.Value, HasValue: true}
		key, kmissing := b.env.expand(p.Key)
		value, vmissing := b.env.expand(p.Value)
		if len(kmissing) == 0 && len(vmissing) == 0 {
			kv.Key, kv.Value = key, value
		}
		kv.Range = b.pairRange(in, p.Key)
		in.Pairs = append(in.Pairs, kv)
	}
}

// pairRange finds the argument that defines key; for the legacy
// "ENV key value" form it spans all arguments.
func (b *builder) pairRange(in *Instruction, key string) Range {
	for _, w := range in.Args {
		k, _, _ := strings.Cut(w.Value, "=")
		if unquote(k) == key {
			if !strings.Contains(w.Value, "=") && len(in.Args) > 1 && in.Keyword != "ARG" {
				last := in.Args[len(in.Args)-1].Range
				return Range{Line: w.Range.Line, Column: w.Range.Column, EndLine: last.EndLine, EndColumn: last.EndColumn}
			}
			return w.Range
		}
	}
	return in.Range
}

func (b *builder) copyFrom(in *Instruction, from, chown, chmod string) {
	in.From = from
	if from != "" {
		resolved, _ := b.env.expand(from)
		in.FromStage = b.stageIndex(resolved, true)
	}
	if chown != "" {
		value, _ := b.env.expand(chown)
		r := in.Range
		for _, f := range in.Flags {
			if f.Name == "chown" {
				r = f.Range
			}
		}
		in.Chown = splitUser(value, b.stage.Index, r)
	}
	in.Chmod = chmod
}

func splitUser(value string, stage int, r Range) *User {
	user, group, _ := strings.Cut(value, ":")
	return &User{Value: value, User: user, Group: group, Stage: stage, Range: r}
}

// mounts parses the --mount flags of RUN.
func mounts(in *Instruction) []*Mount {
	var out []*Mount
	for _, f := range in.Flags {
		if f.Name != "mount" {
			continue
		}
		m := &Mount{Type: "bind", Range: f.Range}
		for _, field := range strings.Split(f.Value, ",") {
			k, v, hasValue := strings.Cut(strings.TrimSpace(field), "=")
			switch strings.ToLower(k) {
			case "type":
				m.Type = v
			case "target", "dst", "destination":
				m.Target = v
			case "source", "src":
				m.Source = v
			case "from":
				m.From = v
			case "id":
				m.ID = v
			case "sharing":
				m.Sharing = v
			case "readonly", "ro":
				m.ReadOnly = !hasValue || v == "true"
			}
		}
		out = append(out, m)
	}
	return out
}

// finish computes the facts that need the whole stage graph.
func (b *builder) finish() {
	stages := b.file.Stages
	if len(stages) == 0 {
		return
	}
	stages[len(stages)-1].Final = true
	for _, s := range stages {
		s.Ancestors = []int{}
		s.Root = s.From.Ref
		user := s.User
		for p := s.From.BaseStage; p >= 0; p = stages[p].From.BaseStage {
			s.Ancestors = append(s.Ancestors, p)
			s.Root = stages[p].From.Ref
			if user == nil {
				user = stages[p].User
			}
		}
		s.User = user
	}
}
