package dockerfile

import (
	"maps"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
)

// trigger reads the instruction that ONBUILD runs in a child build, expr as
// BuildKit gives it, with positions inside the ONBUILD instruction. It
// reads only what does not depend on the child build: commands, mounts,
// pairs, flags; this stage's USER, ENV and stage names are left alone.
func (b *builder) trigger(outer *Instruction, lg *logical, expr string) *Instruction {
	node := triggerNode(expr, b.escape)
	if node == nil {
		return nil
	}
	i := skipSpace(lg.text, skipWord(lg.text, 0))
	line, off := lg.pos(i)
	in := &Instruction{Index: outer.Index, Keyword: strings.ToUpper(node.Value), FromStage: -1, Comments: []Comment{}, Heredocs: outer.Heredocs}
	in.Range = b.src.span(line, off, outer.Range.EndLine-1, 0)
	in.Range.EndColumn = outer.Range.EndColumn
	in.Original = strings.Join(b.src.lines[line:outer.Range.EndLine], "\n")[off:]
	// At the child's build this stage's ARGs are gone; its ENV is in the
	// image.
	in.Env = maps.Clone(b.stage.envOnly)
	b.words(in, node, lg.from(i))
	cmd, err := instructions.ParseInstructionWithLinter(node, silentLinter)
	if err != nil {
		return in // BuildKit reports it when a child build runs the trigger
	}
	if b.fillCommands(in, cmd) {
		return in
	}
	switch c := cmd.(type) {
	case *instructions.EnvCommand:
		b.pairs(in, c.Env, false)
	case *instructions.LabelCommand:
		b.pairs(in, c.Labels, false)
	case *instructions.ArgCommand:
		for _, a := range c.Args {
			kv := &KeyValue{Key: a.Key, HasValue: a.Value != nil, Range: b.pairRange(in, a.Key)}
			if a.Value != nil {
				kv.Raw, kv.Value = *a.Value, *a.Value
			}
			in.Pairs = append(in.Pairs, kv)
		}
	case *instructions.CopyCommand:
		in.From, in.Chmod = c.From, c.Chmod
	case *instructions.AddCommand:
		in.Chmod = c.Chmod
	}
	return in
}

// triggerNode parses ONBUILD's instruction on its own, with the file's
// escape character.
func triggerNode(expr string, escape byte) *parser.Node {
	src := expr
	if escape != '\\' {
		src = "# escape=" + string(escape) + "\n" + expr
	}
	res, err := parser.Parse(strings.NewReader(src))
	if err != nil || len(res.AST.Children) == 0 {
		return nil
	}
	return res.AST.Children[0]
}

// from is the logical text from byte i on, with the same positions.
func (l *logical) from(i int) *logical {
	out := &logical{text: l.text[i:], last: l.last, lastEnd: l.lastEnd}
	for _, p := range l.pieces {
		if p.at+p.n <= i {
			continue
		}
		if p.at < i {
			d := i - p.at
			p.at, p.off, p.n = i, p.off+d, p.n-d
		}
		p.at -= i
		out.pieces = append(out.pieces, p)
	}
	return out
}
