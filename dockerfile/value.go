package dockerfile

import (
	"reflect"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Keys of the input document, built once.
var (
	kPath, kEscape, kDirectives, kLines, kGlobalArgs, kStages, kComments  = ast.StringTerm("path"), ast.StringTerm("escape"), ast.StringTerm("directives"), ast.StringTerm("lines"), ast.StringTerm("global_args"), ast.StringTerm("stages"), ast.StringTerm("comments")
	kLine, kColumn, kEndLine, kEndColumn                                  = ast.StringTerm("line"), ast.StringTerm("column"), ast.StringTerm("end_line"), ast.StringTerm("end_column")
	kText, kRange, kValid, kScratch, kRegistry, kRepository, kName        = ast.StringTerm("text"), ast.StringTerm("range"), ast.StringTerm("valid"), ast.StringTerm("scratch"), ast.StringTerm("registry"), ast.StringTerm("repository"), ast.StringTerm("name")
	kTag, kDigest, kValue, kUser, kGroup, kStage, kKey, kRaw, kHasValue   = ast.StringTerm("tag"), ast.StringTerm("digest"), ast.StringTerm("value"), ast.StringTerm("user"), ast.StringTerm("group"), ast.StringTerm("stage"), ast.StringTerm("key"), ast.StringTerm("raw"), ast.StringTerm("has_value")
	kBody, kExpand, kChomp, kType, kTarget, kSource, kFrom, kID, kSharing = ast.StringTerm("body"), ast.StringTerm("expand"), ast.StringTerm("chomp"), ast.StringTerm("type"), ast.StringTerm("target"), ast.StringTerm("source"), ast.StringTerm("from"), ast.StringTerm("id"), ast.StringTerm("sharing")
	kReadonly, kOp, kArgs, kRedirects, kWrapped, kIndex, kKeyword         = ast.StringTerm("readonly"), ast.StringTerm("op"), ast.StringTerm("args"), ast.StringTerm("redirects"), ast.StringTerm("wrapped"), ast.StringTerm("index"), ast.StringTerm("keyword")
	kArgv, kProgram                                                       = ast.StringTerm("argv"), ast.StringTerm("program")
	kOriginal, kFlags, kForm, kHeredocs, kMounts, kFromStage, kChown      = ast.StringTerm("original"), ast.StringTerm("flags"), ast.StringTerm("form"), ast.StringTerm("heredocs"), ast.StringTerm("mounts"), ast.StringTerm("from_stage"), ast.StringTerm("chown")
	kChmod, kPairs, kCommands, kEnv, kImage, kResolved, kMissingArgs      = ast.StringTerm("chmod"), ast.StringTerm("pairs"), ast.StringTerm("commands"), ast.StringTerm("env"), ast.StringTerm("image"), ast.StringTerm("resolved"), ast.StringTerm("missing_args")
	kRef, kBaseStage, kPlatform, kFinal, kInstructions, kAncestors, kRoot = ast.StringTerm("ref"), ast.StringTerm("base_stage"), ast.StringTerm("platform"), ast.StringTerm("final"), ast.StringTerm("instructions"), ast.StringTerm("ancestors"), ast.StringTerm("root")
)

// Value builds the input document for Rego directly as an OPA value, which
// is several times cheaper than converting Go structs.
func (f *File) Value() ast.Value {
	envs := map[uintptr]*ast.Term{}
	stages := make([]*ast.Term, len(f.Stages))
	for i, s := range f.Stages {
		stages[i] = s.term(envs)
	}
	globals := make([]*ast.Term, len(f.GlobalArgs))
	for i, kv := range f.GlobalArgs {
		globals[i] = kv.term()
		globals[i].Value.(ast.Object).Insert(kComments, commentsTerm(kv.Comments))
	}
	comments := commentsTerm(f.Comments)
	doc := ast.NewObject(
		ast.Item(kPath, ast.StringTerm(f.Path)),
		ast.Item(kEscape, ast.StringTerm(f.Escape)),
		ast.Item(kDirectives, stringMap(f.Directives)),
		ast.Item(kLines, ast.InternedTerm(f.Lines)),
		ast.Item(kGlobalArgs, ast.ArrayTerm(globals...)),
		ast.Item(kStages, ast.ArrayTerm(stages...)),
		ast.Item(kComments, comments),
	)
	if f.Context != nil {
		doc.Insert(ast.StringTerm("context"), ast.NewTerm(f.Context))
	}
	if f.TargetPlatform != "" {
		doc.Insert(ast.StringTerm("target_platform"), ast.StringTerm(f.TargetPlatform))
	}
	if f.BuildPlatform != "" {
		doc.Insert(ast.StringTerm("build_platform"), ast.StringTerm(f.BuildPlatform))
	}
	return doc
}

func commentsTerm(cs []Comment) *ast.Term {
	ts := make([]*ast.Term, len(cs))
	for i, c := range cs {
		ts[i] = ast.ObjectTerm(ast.Item(kText, ast.StringTerm(c.Text)), ast.Item(kRange, c.Range.term()))
	}
	return ast.ArrayTerm(ts...)
}

func (r Range) term() *ast.Term {
	return ast.ObjectTerm(
		ast.Item(kLine, ast.InternedTerm(r.Line)),
		ast.Item(kColumn, ast.InternedTerm(r.Column)),
		ast.Item(kEndLine, ast.InternedTerm(r.EndLine)),
		ast.Item(kEndColumn, ast.InternedTerm(r.EndColumn)),
	)
}

func stringMap(m map[string]string) *ast.Term {
	items := make([][2]*ast.Term, 0, len(m))
	for k, v := range m {
		items = append(items, ast.Item(ast.StringTerm(k), ast.StringTerm(v)))
	}
	return ast.ObjectTerm(items...)
}

func stringArray(ss []string) *ast.Term {
	ts := make([]*ast.Term, len(ss))
	for i, s := range ss {
		ts[i] = ast.StringTerm(s)
	}
	return ast.ArrayTerm(ts...)
}

func (r *ImageRef) term() *ast.Term {
	t := ast.ObjectTerm(
		ast.Item(kValid, ast.InternedTerm(r.Valid)),
		ast.Item(kScratch, ast.InternedTerm(r.Scratch)),
		ast.Item(kRegistry, ast.StringTerm(r.Registry)),
		ast.Item(kRepository, ast.StringTerm(r.Repository)),
		ast.Item(kName, ast.StringTerm(r.Name)),
		ast.Item(kTag, ast.StringTerm(r.Tag)),
		ast.Item(kDigest, ast.StringTerm(r.Digest)),
	)
	if r.Platforms != nil {
		t.Value.(ast.Object).Insert(ast.StringTerm("platforms"), stringArray(r.Platforms))
	}
	return t
}

func (u *User) term() *ast.Term {
	if u == nil {
		return ast.NullTerm()
	}
	return ast.ObjectTerm(
		ast.Item(kValue, ast.StringTerm(u.Value)),
		ast.Item(kUser, ast.StringTerm(u.User)),
		ast.Item(kGroup, ast.StringTerm(u.Group)),
		ast.Item(kStage, ast.InternedTerm(u.Stage)),
		ast.Item(kRange, u.Range.term()),
	)
}

func (kv *KeyValue) term() *ast.Term {
	return ast.ObjectTerm(
		ast.Item(kKey, ast.StringTerm(kv.Key)),
		ast.Item(kValue, ast.StringTerm(kv.Value)),
		ast.Item(kRaw, ast.StringTerm(kv.Raw)),
		ast.Item(kHasValue, ast.InternedTerm(kv.HasValue)),
		ast.Item(kRange, kv.Range.term()),
	)
}

func (s *Stage) term(envs map[uintptr]*ast.Term) *ast.Term {
	ins := make([]*ast.Term, len(s.Instructions))
	for i, in := range s.Instructions {
		ins[i] = in.term(envs)
	}
	anc := make([]*ast.Term, len(s.Ancestors))
	for i, a := range s.Ancestors {
		anc[i] = ast.InternedTerm(a)
	}
	return ast.ObjectTerm(
		ast.Item(kIndex, ast.InternedTerm(s.Index)),
		ast.Item(kName, ast.StringTerm(s.Name)),
		ast.Item(kFinal, ast.InternedTerm(s.Final)),
		ast.Item(kFrom, s.From.term()),
		ast.Item(kInstructions, ast.ArrayTerm(ins...)),
		ast.Item(kAncestors, ast.ArrayTerm(anc...)),
		ast.Item(kRoot, s.Root.term()),
		ast.Item(kUser, s.User.term()),
		ast.Item(kRange, s.Range.term()),
	)
}

func (f *From) term() *ast.Term {
	return ast.ObjectTerm(
		ast.Item(kImage, ast.StringTerm(f.Image)),
		ast.Item(kResolved, ast.StringTerm(f.Resolved)),
		ast.Item(kMissingArgs, stringArray(f.MissingArgs)),
		ast.Item(kRef, f.Ref.term()),
		ast.Item(kBaseStage, ast.InternedTerm(f.BaseStage)),
		ast.Item(kPlatform, ast.StringTerm(f.Platform)),
		ast.Item(kRange, f.Range.term()),
	)
}

var kTrigger = ast.StringTerm("trigger")

func (in *Instruction) term(envs map[uintptr]*ast.Term) *ast.Term {
	if in == nil {
		return ast.NullTerm()
	}
	args := make([]*ast.Term, len(in.Args))
	for i, w := range in.Args {
		args[i] = ast.ObjectTerm(ast.Item(kValue, ast.StringTerm(w.Value)), ast.Item(kRange, w.Range.term()))
	}
	flags := make([]*ast.Term, len(in.Flags))
	for i, fl := range in.Flags {
		flags[i] = ast.ObjectTerm(ast.Item(kName, ast.StringTerm(fl.Name)), ast.Item(kValue, ast.StringTerm(fl.Value)), ast.Item(kRange, fl.Range.term()))
	}
	heredocs := make([]*ast.Term, len(in.Heredocs))
	for i, h := range in.Heredocs {
		heredocs[i] = ast.ObjectTerm(
			ast.Item(kName, ast.StringTerm(h.Name)),
			ast.Item(kBody, ast.StringTerm(h.Body)),
			ast.Item(kExpand, ast.InternedTerm(h.Expand)),
			ast.Item(kChomp, ast.InternedTerm(h.Chomp)),
			ast.Item(kRange, h.Range.term()),
		)
	}
	mounts := make([]*ast.Term, len(in.Mounts))
	for i, m := range in.Mounts {
		mounts[i] = ast.ObjectTerm(
			ast.Item(kType, ast.StringTerm(m.Type)),
			ast.Item(kTarget, ast.StringTerm(m.Target)),
			ast.Item(kSource, ast.StringTerm(m.Source)),
			ast.Item(kFrom, ast.StringTerm(m.From)),
			ast.Item(kID, ast.StringTerm(m.ID)),
			ast.Item(kSharing, ast.StringTerm(m.Sharing)),
			ast.Item(kReadonly, ast.InternedTerm(m.ReadOnly)),
			ast.Item(kRange, m.Range.term()),
		)
	}
	pairs := make([]*ast.Term, len(in.Pairs))
	for i, kv := range in.Pairs {
		pairs[i] = kv.term()
	}
	cmds := make([]*ast.Term, len(in.Commands))
	for i, c := range in.Commands {
		cmds[i] = c.term()
	}
	return ast.ObjectTerm(
		ast.Item(kIndex, ast.InternedTerm(in.Index)),
		ast.Item(kKeyword, ast.StringTerm(in.Keyword)),
		ast.Item(kOriginal, ast.StringTerm(in.Original)),
		ast.Item(kRange, in.Range.term()),
		ast.Item(kArgs, ast.ArrayTerm(args...)),
		ast.Item(kFlags, ast.ArrayTerm(flags...)),
		ast.Item(kForm, ast.StringTerm(in.Form)),
		ast.Item(kHeredocs, ast.ArrayTerm(heredocs...)),
		ast.Item(kMounts, ast.ArrayTerm(mounts...)),
		ast.Item(kFrom, ast.StringTerm(in.From)),
		ast.Item(kFromStage, ast.InternedTerm(in.FromStage)),
		ast.Item(kChown, in.Chown.term()),
		ast.Item(kChmod, ast.StringTerm(in.Chmod)),
		ast.Item(kPairs, ast.ArrayTerm(pairs...)),
		ast.Item(kCommands, ast.ArrayTerm(cmds...)),
		ast.Item(kEnv, envTerm(envs, in.Env)),
		ast.Item(kComments, commentsTerm(in.Comments)),
		ast.Item(kTrigger, in.Trigger.term(envs)),
	)
}

// envTerm shares one term between instructions whose environment is the
// same map.
func envTerm(envs map[uintptr]*ast.Term, m map[string]string) *ast.Term {
	id := reflect.ValueOf(m).Pointer()
	if t, ok := envs[id]; ok {
		return t
	}
	t := stringMap(m)
	envs[id] = t
	return t
}

func (c *Command) term() *ast.Term {
	redirects := make([]*ast.Term, len(c.Redirects))
	for i, r := range c.Redirects {
		redirects[i] = ast.ObjectTerm(ast.Item(kOp, ast.StringTerm(r.Op)), ast.Item(kTarget, ast.StringTerm(r.Target)))
	}
	return ast.ObjectTerm(
		ast.Item(kName, ast.StringTerm(c.Name)),
		ast.Item(kArgs, stringArray(c.Args)),
		ast.Item(kArgv, stringArray(c.Argv)),
		ast.Item(kProgram, ast.StringTerm(c.Program)),
		ast.Item(kRange, c.Range.term()),
		ast.Item(kRedirects, ast.ArrayTerm(redirects...)),
		ast.Item(kWrapped, ast.InternedTerm(c.Wrapped)),
	)
}
