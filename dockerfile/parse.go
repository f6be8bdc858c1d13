package dockerfile

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/linter"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"mvdan.cc/sh/v3/syntax"
)

// ErrBinary is returned for content that is not text.
var ErrBinary = errors.New("binary file (contains NUL bytes)")

// Parse reads one Dockerfile. A syntax error is not an error here: it is
// recorded in File.Errors. The error is for content that is not a text file.
func Parse(path string, data []byte) (*File, error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, ErrBinary
	}
	src := newSource(data)
	f := &File{Path: path, Escape: `\`, Directives: map[string]string{}, Lines: len(src.lines), src: src}
	if len(data) > 0 && data[len(data)-1] == '\n' {
		f.Lines = len(src.lines)
	}
	f.Comments = comments(src)
	res, err := parser.Parse(bytes.NewReader(data))
	if err != nil {
		f.Errors = append(f.Errors, syntaxError(src, err))
		return f, nil
	}
	escape := byte(res.EscapeToken)
	f.Escape = string(rune(res.EscapeToken))
	f.Directives = directives(data)
	b := &builder{file: f, src: src, escape: escape, expansionLeft: expansionBudget}
	b.global = newEnv(b.lexer(), &b.expansionLeft)
	for _, node := range res.AST.Children {
		b.add(node)
	}
	b.finish()
	return f, nil
}

// syntaxError turns a BuildKit parse error into one with a range.
func syntaxError(src *source, err error) *SyntaxError {
	msg := err.Error()
	line := len(src.lines) - 1
	var le *parser.LocationError
	if errors.As(err, &le) && len(le.Locations) > 0 && len(le.Locations[0]) > 0 {
		line = le.Locations[0][0].Start.Line - 1
		msg = le.Unwrap().Error()
	}
	line = min(max(line, 0), len(src.lines)-1)
	return &SyntaxError{Message: msg, Range: src.lineRange(line)}
}

func comments(src *source) []Comment {
	var out []Comment
	for i, text := range src.lines {
		t := trimLeftSpace(text)
		if strings.HasPrefix(t, "#") {
			out = append(out, Comment{Text: strings.TrimSpace(t[1:]), Range: src.lineRange(i)})
		}
	}
	return out
}

// directives reads the parser directives at the top of the file.
func directives(data []byte) map[string]string {
	d := map[string]string{}
	dp := parser.DirectiveParser{}
	for _, line := range strings.Split(string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))), "\n") {
		dir, err := dp.ParseLine([]byte(strings.TrimSpace(line)))
		if err != nil || dir == nil {
			break
		}
		d[dir.Name] = dir.Value
	}
	return d
}

// builder accumulates stages while the nodes of the AST are read in order.
type builder struct {
	file   *File
	src    *source
	escape byte
	index  int
	stage  *Stage
	env    *env
	global *env
	sh     *syntax.Parser
	// expansionLeft is what remains of expansionBudget.
	expansionLeft int

	// prevEnd is the last line (1-based) of the previous instruction;
	// nextComment the first of file.Comments after it.
	prevEnd     int
	nextComment int
	// The current instruction's joined text and where its shell text starts.
	lg         *logical
	shellStart int
	shellText  string
}

func (b *builder) add(node *parser.Node) {
	in := b.instruction(node)
	in.Comments = b.attachedComments(node, in)
	b.prevEnd = in.Range.EndLine
	cmd, err := instructions.ParseInstructionWithLinter(node, silentLinter)
	if err != nil {
		b.file.Errors = append(b.file.Errors, &SyntaxError{Message: instructionError(in.Keyword, err), Range: in.Range})
		cmd = nil // it may be a typed nil
	}
	if in.Keyword == "FROM" {
		st, _ := cmd.(*instructions.Stage)
		b.startStage(in, st)
		return
	}
	if b.stage == nil {
		b.addGlobal(in, cmd)
		return
	}
	in.Env = b.env.snapshot()
	b.fill(in, cmd)
	b.stage.Instructions = append(b.stage.Instructions, in)
}

// silentLinter reports nothing. ParseInstruction passes a nil linter, which
// panics on a per-instruction "# check=skip=..." comment (BuildKit v0.34).
var silentLinter = linter.New(&linter.Config{})

func instructionError(keyword string, err error) string {
	var unknown *instructions.UnknownInstructionError
	if errors.As(err, &unknown) {
		return fmt.Sprintf("unknown instruction: %s", keyword)
	}
	msg := err.Error()
	if !strings.Contains(strings.ToUpper(msg), keyword) {
		msg = keyword + ": " + msg
	}
	return msg
}

// instruction reads what every instruction has: keyword, text, range,
// flags and arguments.
func (b *builder) instruction(node *parser.Node) *Instruction {
	start := node.StartLine - 1
	lg := b.src.join(start, b.escape)
	in := &Instruction{Index: b.index, Keyword: strings.ToUpper(node.Value), FromStage: -1}
	b.index++
	endLine := lg.last
	endOff := lg.lastEnd
	if len(node.Heredocs) > 0 && node.EndLine-1 > endLine {
		endLine = node.EndLine - 1
		endOff = len(trimRightSpace(b.src.lines[endLine]))
	}
	startOff := len(b.src.lines[start]) - len(trimLeftSpace(b.src.lines[start]))
	in.Range = b.src.span(start, startOff, endLine, endOff)
	in.Original = strings.Join(b.src.lines[start:endLine+1], "\n")[startOff:]
	b.words(in, node, lg)
	b.heredocs(in, node, lg.last)
	return in
}

// words splits the logical text into keyword, flags and arguments.
func (b *builder) words(in *Instruction, node *parser.Node, lg *logical) {
	t := lg.text
	b.lg, b.shellText = lg, ""
	i := skipWord(t, 0)
	i = skipSpace(t, i)
	for strings.HasPrefix(t[i:], "--") {
		end := skipWord(t, i)
		name, value, _ := strings.Cut(t[i+2:end], "=")
		in.Flags = append(in.Flags, &Flag{Name: name, Value: unquote(value), Range: lg.span(b.src, i, end)})
		i = skipSpace(t, end)
	}
	rest := strings.TrimRight(t[i:], " \t")
	switch in.Keyword {
	case "RUN", "CMD", "ENTRYPOINT", "SHELL":
		in.Form = "shell"
		if node.Attributes["json"] {
			in.Form = "exec"
			in.Args = jsonWords(rest, i, lg, b.src)
			return
		}
		if rest != "" {
			in.Args = []*Word{{Value: rest, Range: lg.span(b.src, i, i+len(rest))}}
		}
		b.shellStart, b.shellText = i, rest
		return
	case "HEALTHCHECK":
		j := skipWord(t, i)
		if j > i {
			in.Args = append(in.Args, &Word{Value: t[i:j], Range: lg.span(b.src, i, j)})
		}
		if !strings.EqualFold(t[i:j], "CMD") {
			return
		}
		k := skipSpace(t, j)
		body := strings.TrimRight(t[k:], " \t")
		in.Form = "shell"
		if node.Next != nil && node.Next.Next != nil && node.Attributes["json"] {
			in.Form = "exec"
			in.Args = append(in.Args, jsonWords(body, k, lg, b.src)...)
			return
		}
		if body != "" {
			in.Args = append(in.Args, &Word{Value: body, Range: lg.span(b.src, k, k+len(body))})
		}
		b.shellStart, b.shellText = k, body
		return
	}
	for i < len(t) {
		end := skipWord(t, i)
		if end == i {
			break
		}
		in.Args = append(in.Args, &Word{Value: t[i:end], Range: lg.span(b.src, i, end)})
		i = skipSpace(t, end)
	}
}

func skipSpace(t string, i int) int {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	return i
}

// skipWord returns the end of the blank-separated word at i, honouring quotes.
func skipWord(t string, i int) int {
	var quote byte
	for ; i < len(t); i++ {
		c := t[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else if c == '\\' && quote == '"' && i+1 < len(t) {
				i++
			}
		case c == '"' || c == '\'':
			quote = c
		case c == ' ' || c == '\t':
			return i
		case c == '\\' && i+1 < len(t):
			i++
		}
	}
	return len(t)
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

func (b *builder) heredocs(in *Instruction, node *parser.Node, last int) {
	line := last + 1
	for _, h := range node.Heredocs {
		n := strings.Count(h.Content, "\n")
		if h.Content != "" && !strings.HasSuffix(h.Content, "\n") {
			n++
		}
		var r Range
		if n == 0 {
			r = b.src.span(line, 0, line, 0)
		} else {
			end := min(line+n-1, len(b.src.lines)-1)
			r = b.src.span(line, 0, end, len(b.src.lines[end]))
		}
		in.Heredocs = append(in.Heredocs, &Heredoc{Name: h.Name, Body: h.Content, Expand: h.Expand, Chomp: h.Chomp, Range: r})
		line += n + 1
	}
}
