package dockerfile

import "github.com/moby/buildkit/frontend/dockerfile/parser"

// attachedComments returns the comment lines BuildKit attaches to node
// (its PrevComment): the last ones between the previous instruction and
// this one. BuildKit keeps only their text; the lines come from the file's
// comments, since a blank line does not end the block but a bare # starts
// it over, and parser directives are not part of it. Instructions come in
// order, so b.nextComment only moves forward.
func (b *builder) attachedComments(node *parser.Node, in *Instruction) []Comment {
	cs := b.file.Comments
	for b.nextComment < len(cs) && cs[b.nextComment].Range.Line <= b.prevEnd {
		b.nextComment++
	}
	end := b.nextComment
	for end < len(cs) && cs[end].Range.Line < in.Range.Line {
		end++
	}
	out := []Comment{}
	if n := len(node.PrevComment); n > 0 && end-b.nextComment >= n {
		out = append(out, cs[end-n:end]...)
	}
	b.nextComment = end
	return out
}
