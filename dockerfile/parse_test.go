package dockerfile

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func parse(t *testing.T, src string) *File {
	t.Helper()
	f, err := Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func rng(r Range) string { return fmt.Sprintf("%d:%d-%d:%d", r.Line, r.Column, r.EndLine, r.EndColumn) }

func cmds(in *Instruction) []string {
	var out []string
	for _, c := range in.Commands {
		s := strings.Join(c.Args, " ") + " @" + rng(c.Range)
		if c.Wrapped {
			s += " wrapped"
		}
		out = append(out, s)
	}
	return out
}

func TestInstructionRanges(t *testing.T) {
	f := parse(t, "FROM rust:1.94-slim AS build\n  RUN apt-get update && \\\n    # a comment inside\n    apt-get install -y curl   \n")
	from := f.Stages[0].Instructions[0]
	if got := rng(from.Range); got != "1:1-1:29" {
		t.Errorf("FROM range = %s", got)
	}
	var words []string
	for _, w := range from.Args {
		words = append(words, w.Value+"@"+rng(w.Range))
	}
	if want := []string{"rust:1.94-slim@1:6-1:20", "AS@1:21-1:23", "build@1:24-1:29"}; !reflect.DeepEqual(words, want) {
		t.Errorf("FROM args = %v, want %v", words, want)
	}
	run := f.Stages[0].Instructions[1]
	if got := rng(run.Range); got != "2:3-4:28" {
		t.Errorf("RUN range = %s", got)
	}
	if got, want := cmds(run), []string{"apt-get update @2:7-2:21", "apt-get install -y curl @4:5-4:28"}; !reflect.DeepEqual(got, want) {
		t.Errorf("commands = %v, want %v", got, want)
	}
	if got := rng(f.Stages[0].From.Range); got != "1:6-1:20" {
		t.Errorf("image range = %s", got)
	}
}

func TestCommands(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"pipes and lists", "FROM a\nRUN set -e; curl -s x | sh && echo ok > /f\n",
			[]string{"set -e @2:5-2:11", "curl -s x @2:13-2:22", "sh @2:25-2:27", "echo ok @2:31-2:38"}},
		{"sh -c is unwrapped", "FROM a\nRUN sh -c 'cargo build --release'\n",
			[]string{"sh -c cargo build --release @2:5-2:34", "cargo build --release @2:12-2:33 wrapped"}},
		{"exec form", "FROM a\nRUN [\"cargo\", \"build\"]\n",
			[]string{"cargo build @2:6-2:22"}},
		{"exec form sh -c", "FROM a\nRUN [\"/bin/sh\", \"-c\", \"cargo build | tee log\"]\n",
			[]string{"/bin/sh -c cargo build | tee log @2:6-2:46", "cargo build @2:24-2:35 wrapped", "tee log @2:38-2:45 wrapped"}},
		{"exec form sh -c with escapes has the string's range", "FROM a\nRUN [\"sh\", \"-c\", \"echo \\\"x\\\" | tee log\"]\n",
			[]string{"sh -c echo \"x\" | tee log @2:6-2:40", "echo x @2:18-2:40 wrapped", "tee log @2:18-2:40 wrapped"}},
		{"sh -c with a substituted variable has the word's range", "FROM a\nARG D=/srv\nRUN sh -c \"cd $D && make\"\n",
			[]string{"sh -c cd /srv && make @3:5-3:26", "cd /srv @3:11-3:26 wrapped", "make @3:11-3:26 wrapped"}},
		{"heredoc script", "FROM a\nRUN <<EOF\nset -eux\ncargo build --locked\nEOF\n",
			[]string{"set -eux @3:1-3:9", "cargo build --locked @4:1-4:21"}},
		{"heredoc data is not a script", "FROM a\nRUN cat <<EOF > /etc/x\nrm -rf /\nEOF\n",
			[]string{"cat @2:5-2:8"}},
		{"known variables are expanded", "FROM a\nARG T=x86_64-unknown-linux-musl\nENV P=/app\nRUN cargo build --target $T --out ${P} ${UNKNOWN}\n",
			[]string{"cargo build --target x86_64-unknown-linux-musl --out /app ${UNKNOWN} @4:5-4:50"}},
		{"quotes are removed", "FROM a\nRUN echo \"fn main() {}\" > src/main.rs\n",
			[]string{"echo fn main() {} @2:5-2:24"}},
		{"a script that does not parse has no commands", "FROM a\nRUN if then fi (\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := parse(t, tc.src)
			ins := f.Stages[0].Instructions
			if got := cmds(ins[len(ins)-1]); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("commands = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRedirects(t *testing.T) {
	f := parse(t, "FROM a\nRUN echo 'fn main(){}' > src/main.rs\n")
	c := f.Stages[0].Instructions[1].Commands[0]
	if len(c.Redirects) != 1 || c.Redirects[0].Op != ">" || c.Redirects[0].Target != "src/main.rs" {
		t.Errorf("redirects = %+v", c.Redirects)
	}
}

func TestFromResolution(t *testing.T) {
	f := parse(t, "ARG V=1.94\nARG NODEF\nFROM rust:${V}-slim AS a\nFROM rust:${NODEF} AS b\nFROM a AS c\nFROM gcr.io/distroless/cc-debian13:nonroot@sha256:abc0000000000000000000000000000000000000000000000000000000000000\n")
	s := f.Stages
	if s[0].From.Resolved != "rust:1.94-slim" || s[0].From.Ref.Tag != "1.94-slim" || s[0].From.Ref.Name != "rust" || s[0].From.Ref.Repository != "library/rust" {
		t.Errorf("stage a: %+v %+v", s[0].From, s[0].From.Ref)
	}
	if !reflect.DeepEqual(s[1].From.MissingArgs, []string{"NODEF"}) {
		t.Errorf("stage b missing args = %v", s[1].From.MissingArgs)
	}
	if s[2].From.BaseStage != 0 || !reflect.DeepEqual(s[2].Ancestors, []int{0}) || s[2].Root.Tag != "1.94-slim" {
		t.Errorf("stage c: base %d ancestors %v root %+v", s[2].From.BaseStage, s[2].Ancestors, s[2].Root)
	}
	ref := s[3].From.Ref
	if ref.Registry != "gcr.io" || ref.Repository != "distroless/cc-debian13" || ref.Tag != "nonroot" || !strings.HasPrefix(ref.Digest, "sha256:abc") || !s[3].Final {
		t.Errorf("distroless ref = %+v", ref)
	}
	if len(f.GlobalArgs) != 2 || f.GlobalArgs[1].HasValue {
		t.Errorf("global args = %+v", f.GlobalArgs)
	}
}

func TestStageArgTakesGlobalDefault(t *testing.T) {
	f := parse(t, "ARG APP=server\nFROM a\nARG APP\nRUN cp target/release/$APP /bin/\n")
	run := f.Stages[0].Instructions[2]
	if got := run.Commands[0].Args[1]; got != "target/release/server" {
		t.Errorf("arg = %q", got)
	}
}

func TestUserInheritance(t *testing.T) {
	f := parse(t, "FROM a AS base\nUSER app:app\nFROM base AS final\nCOPY --from=0 --chown=1000:1000 x y\n")
	u := f.Stages[1].User
	if u == nil || u.Value != "app:app" || u.User != "app" || u.Group != "app" || u.Stage != 0 {
		t.Fatalf("user = %+v", u)
	}
	cp := f.Stages[1].Instructions[1]
	if cp.FromStage != 0 || cp.Chown.User != "1000" || rng(cp.Chown.Range) != "4:15-4:32" {
		t.Errorf("copy: from %d chown %+v", cp.FromStage, cp.Chown)
	}
}

func TestMounts(t *testing.T) {
	f := parse(t, "FROM a\nRUN --mount=type=cache,target=/usr/local/cargo/registry,sharing=locked --mount=type=secret,id=tok cargo build\n")
	ms := f.Stages[0].Instructions[1].Mounts
	if len(ms) != 2 || ms[0].Type != "cache" || ms[0].Target != "/usr/local/cargo/registry" || ms[0].Sharing != "locked" || ms[1].Type != "secret" || ms[1].ID != "tok" {
		t.Errorf("mounts = %+v %+v", ms[0], ms[1])
	}
	if got := rng(ms[0].Range); got != "2:5-2:71" {
		t.Errorf("mount range = %s", got)
	}
}

func TestLineEndingsAndEncodings(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"CRLF", "FROM rust:latest\r\nRUN cargo build \\\r\n  --release\r\n", "cargo build --release @2:5-3:12"},
		{"BOM", "\ufeffFROM rust\nRUN cargo build --release\n", "cargo build --release @2:5-2:26"},
		{"backtick escape", "# escape=`\nFROM rust\nRUN cargo build `\n  --release\n", "cargo build --release @3:5-4:12"},
		{"non-ASCII columns", "FROM rust\nRUN echo \"héllo\" && cargo build --release\n", "cargo build --release @2:21-2:42"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := parse(t, tc.src)
			got := cmds(f.Stages[0].Instructions[1])
			if got[len(got)-1] != tc.want {
				t.Errorf("commands = %q, want last %q", got, tc.want)
			}
		})
	}
}

func TestSyntaxErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"unterminated heredoc", "FROM a\nRUN <<EOF\necho\n", "unterminated heredoc @2:1-2:10"},
		{"unknown instruction", "FROM a\nRN cargo build\n", "unknown instruction: RN @2:1-2:15"},
		{"no instructions", "# only a comment\n", "file with no instructions @1:1-1:17"},
		{"instruction before FROM", "ARG A=1\nRUN x\nFROM a\n", "RUN before the first FROM: only ARG may come before FROM (no build stage in current context) @2:1-2:6"},
		{"FROM with two arguments", "FROM a b\n", "FROM requires either one or three arguments @1:1-1:9"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := parse(t, tc.src)
			if len(f.Errors) == 0 {
				t.Fatal("no error")
			}
			if got := f.Errors[0].Message + " @" + rng(f.Errors[0].Range); got != tc.want {
				t.Errorf("error = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestBinaryContentIsAnError(t *testing.T) {
	if _, err := Parse("x", []byte("FROM a\x00\n")); !errors.Is(err, ErrBinary) {
		t.Errorf("err = %v", err)
	}
}

func TestEnvIsSharedUntilItChanges(t *testing.T) {
	f := parse(t, "FROM a\nENV A=1\nRUN x\nRUN y\nENV B=$A\nRUN z\n")
	ins := f.Stages[0].Instructions
	if !reflect.DeepEqual(ins[2].Env, map[string]string{"A": "1"}) || !reflect.DeepEqual(ins[5].Env, map[string]string{"A": "1", "B": "1"}) {
		t.Errorf("env = %v / %v", ins[2].Env, ins[5].Env)
	}
	if reflect.ValueOf(ins[2].Env).Pointer() != reflect.ValueOf(ins[3].Env).Pointer() {
		t.Error("unchanged env is not shared")
	}
}
