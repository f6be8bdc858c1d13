package dockerfile

import "github.com/moby/buildkit/frontend/dockerfile/parser"

// attachedComments returns the comment lines BuildKit attaches to node
// (its PrevComment): the last ones between the previous instruction and
// this one. BuildKit keeps only their text; the lines come from the file's
// comments, since a blank line does not end the block but a bare # starts
// it over, and parser directives are not part of it.
func (b *builder) attachedComments(node *parser.Node, in *Instruction) []Comment {
	out := []Comment{}
	n := len(node.PrevComment)
	if n == 0 {
		return out
	}
	var gap []Comment
	for _, c := range b.file.Comments {
		if c.Range.Line > b.prevEnd && c.Range.Line < in.Range.Line {
			gap = append(gap, c)
		}
	}
	if len(gap) < n {
		return out
	}
	return append(out, gap[len(gap)-n:]...)
}
