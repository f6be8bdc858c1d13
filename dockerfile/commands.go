package dockerfile

import (
	"path"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// shells are the programs whose -c argument is itself a script.
var shells = map[string]bool{"sh": true, "bash": true, "dash": true, "ash": true, "zsh": true, "ksh": true}

// locate maps a byte offset of parsed shell text to a source position.
type locate func(off int) (line, byteOff int)

// runCommands lists the simple commands of RUN, CMD, ENTRYPOINT and
// HEALTHCHECK CMD.
func (b *builder) runCommands(in *Instruction) []*Command {
	args := in.Args
	if in.Keyword == "HEALTHCHECK" {
		args = args[1:]
	}
	out := []*Command{}
	if in.Form == "exec" {
		if len(args) == 0 {
			return out
		}
		argv := make([]string, len(args))
		for i, a := range args {
			argv[i] = a.Value
		}
		r := spanOf(args[0].Range, args[len(args)-1].Range)
		cmd := newCommand(argv)
		cmd.Range = r
		out = append(out, cmd)
		if script, i := shellScript(argv); i >= 0 {
			whole := args[i].Range
			loc, exact := b.jsonStringLocate(whole, script)
			inner := b.parseShell(script, nil, in.Env, loc)
			for _, c := range inner {
				c.Wrapped = true
				if !exact {
					c.Range = whole
				}
			}
			out = append(out, inner...)
		}
		return out
	}
	if b.shellText == "" && len(in.Heredocs) == 0 {
		return out
	}
	text := b.shellText
	var sb strings.Builder
	sb.WriteString(text)
	for _, h := range in.Heredocs {
		sb.WriteString("\n")
		sb.WriteString(h.Body)
		if h.Body != "" && !strings.HasSuffix(h.Body, "\n") {
			sb.WriteString("\n")
		}
		sb.WriteString(h.Name)
	}
	lg, start := b.lg, b.shellStart
	out = b.parseShell(sb.String(), nil, in.Env, func(off int) (int, int) {
		if off > len(text) {
			off = len(text)
		}
		return lg.pos(start + off)
	})
	if in.Keyword == "RUN" && len(in.Heredocs) > 0 && heredocIsScript(out) {
		for _, h := range in.Heredocs {
			first := h.Range.Line - 1
			body := h.Body
			out = append(out, b.parseShell(body, nil, in.Env, func(off int) (int, int) {
				off = min(off, len(body))
				line := first + strings.Count(body[:off], "\n")
				return line, off - (strings.LastIndexByte(body[:off], '\n') + 1)
			})...)
		}
	}
	return out
}

// jsonStringLocate maps offsets of script to the source when the JSON
// string at r is script in quotes, without escapes, on one line; else
// positions inside it are unknown.
func (b *builder) jsonStringLocate(r Range, script string) (locate, bool) {
	line := r.Line - 1
	unknown := func(int) (int, int) { return -1, 0 }
	if r.EndLine != r.Line || line < 0 || line >= len(b.src.lines) || !b.src.ascii[line] {
		return unknown, false
	}
	text := b.src.lines[line]
	from, to := r.Column-1, r.EndColumn-1
	if from < 0 || to > len(text) || text[from:to] != `"`+script+`"` {
		return unknown, false
	}
	return func(off int) (int, int) { return line, from + 1 + min(off, len(script)) }, true
}

// heredocIsScript reports whether RUN's heredocs are the script itself:
// RUN <<EOF, or a shell reading its script from standard input.
func heredocIsScript(cmds []*Command) bool {
	if len(cmds) == 0 {
		return true
	}
	c := cmds[0]
	if !shells[c.Name] {
		return false
	}
	_, i := shellScript(c.Args)
	return i < 0
}

// shellScript finds the script of "sh -c SCRIPT" and its index in argv.
func shellScript(argv []string) (string, int) {
	if len(argv) < 3 || !shells[path.Base(argv[0])] {
		return "", -1
	}
	for i := 1; i < len(argv)-1; i++ {
		a := argv[i]
		if !strings.HasPrefix(a, "-") || strings.HasPrefix(a, "--") {
			return "", -1
		}
		if strings.HasSuffix(a, "c") {
			return argv[i+1], i + 1
		}
	}
	return "", -1
}

// parseShell parses a shell script and lists its simple commands. A script
// that does not parse has no commands: the shell would reject it at build
// time, which is not for the model to decide.
func (b *builder) parseShell(script string, outer *Command, env map[string]string, loc locate) []*Command {
	f, err := b.shellParser().Parse(strings.NewReader(script), "")
	if err != nil {
		return []*Command{}
	}
	out := []*Command{}
	syntax.Walk(f, func(node syntax.Node) bool {
		st, ok := node.(*syntax.Stmt)
		if !ok {
			return true
		}
		call, ok := st.Cmd.(*syntax.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		argv := make([]string, len(call.Args))
		for i, w := range call.Args {
			argv[i] = wordString(w, script, env, &b.expansionLeft)
		}
		cmd := newCommand(argv)
		cmd.Wrapped = outer != nil
		cmd.Range = b.shellRange(loc, int(call.Pos().Offset()), int(call.End().Offset()))
		for _, r := range st.Redirs {
			if r.Word != nil {
				cmd.Redirects = append(cmd.Redirects, &Redirect{Op: r.Op.String(), Target: wordString(r.Word, script, env, &b.expansionLeft)})
			}
		}
		out = append(out, cmd)
		if inner, i := shellScript(argv); i >= 0 {
			w := call.Args[i]
			base := int(w.Pos().Offset())
			end := int(w.End().Offset())
			if len(w.Parts) == 1 {
				if _, ok := w.Parts[0].(*syntax.SglQuoted); ok {
					base++
				} else if _, ok := w.Parts[0].(*syntax.DblQuoted); ok {
					base++
				}
			}
			if base+len(inner) <= len(script) && script[base:base+len(inner)] == inner {
				out = append(out, b.parseShell(inner, cmd, env, func(off int) (int, int) {
					return loc(min(base+off, end))
				})...)
				return true
			}
			// Escapes or substituted variables make the script differ from
			// its source text, so positions inside it are unknown: its
			// commands get the whole word's.
			whole := b.shellRange(loc, int(w.Pos().Offset()), end)
			for _, c := range b.parseShell(inner, cmd, env, func(int) (int, int) { return -1, 0 }) {
				c.Range = whole
				out = append(out, c)
			}
		}
		return true
	})
	return out
}

func (b *builder) shellParser() *syntax.Parser {
	if b.sh == nil {
		b.sh = syntax.NewParser(syntax.Variant(syntax.LangBash))
	}
	return b.sh
}

func (b *builder) shellRange(loc locate, from, to int) Range {
	line, off := loc(from)
	if line < 0 {
		return Range{}
	}
	endLine, endOff := loc(max(to-1, from))
	if to > from {
		endOff++
	}
	return b.src.span(line, off, endLine, endOff)
}

// wordString renders a shell word as the command will see it, as far as
// the Dockerfile tells: quotes removed, known variables expanded, anything
// else kept as written. Substitutions are paid from left (see
// expansionBudget).
func wordString(w *syntax.Word, src string, env map[string]string, left *int) string {
	var sb strings.Builder
	for _, p := range w.Parts {
		writePart(&sb, p, src, env, left)
	}
	return sb.String()
}

func writePart(sb *strings.Builder, p syntax.WordPart, src string, env map[string]string, left *int) {
	switch p := p.(type) {
	case *syntax.Lit:
		sb.WriteString(unescapeLit(p.Value))
	case *syntax.SglQuoted:
		sb.WriteString(p.Value)
	case *syntax.DblQuoted:
		for _, q := range p.Parts {
			if lit, ok := q.(*syntax.Lit); ok {
				sb.WriteString(lit.Value)
				continue
			}
			writePart(sb, q, src, env, left)
		}
	case *syntax.ParamExp:
		if v, ok := env[p.Param.Value]; ok && simpleParam(p) && len(v) <= *left {
			*left -= len(v)
			sb.WriteString(v)
			return
		}
		sb.WriteString(nodeText(p, src))
	default:
		sb.WriteString(nodeText(p, src))
	}
}

func simpleParam(p *syntax.ParamExp) bool {
	return p.Exp == nil && p.Index == nil && p.Slice == nil && p.Repl == nil && !p.Length && !p.Width && !p.Excl && p.Names == 0
}

func nodeText(n syntax.Node, src string) string {
	from, to := int(n.Pos().Offset()), int(n.End().Offset())
	if from < 0 || to > len(src) || from > to {
		return ""
	}
	return src[from:to]
}

// unescapeLit removes the backslashes of an unquoted literal.
func unescapeLit(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

func spanOf(a, b Range) Range {
	return Range{Line: a.Line, Column: a.Column, EndLine: b.EndLine, EndColumn: b.EndColumn}
}

// newCommand makes the command of a non-empty argv.
func newCommand(argv []string) *Command {
	c := &Command{Name: path.Base(argv[0]), Args: argv, Argv: programArgv(argv), Redirects: []*Redirect{}}
	if len(c.Argv) > 0 {
		c.Program = path.Base(c.Argv[0])
	}
	return c
}

// wrappers run the next word that is not an option as the command.
var wrappers = map[string]bool{"env": true, "sudo": true, "exec": true, "time": true, "nice": true, "nohup": true, "command": true, "xargs": true}

// programArgv drops leading VAR=value words and wrappers, with the options
// that follow them, from argv.
func programArgv(argv []string) []string {
	if !skippable(argv[0]) {
		return argv
	}
	for i, a := range argv {
		if !skippable(a) && !strings.HasPrefix(a, "-") {
			return argv[i:]
		}
	}
	return []string{}
}

func skippable(word string) bool { return wrappers[word] || isAssignment(word) }

// isAssignment reports whether word is NAME=value.
func isAssignment(word string) bool {
	name, _, ok := strings.Cut(word, "=")
	if !ok || name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		letter := c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}
