# Test fixtures: builds schema-complete input documents from a compact description, so
# the rule tests read like Dockerfiles. Only loaded with the tests (a _test.rego file).
#
#   fx.doc([
#     fx.stage("rust:1.94-slim-trixie", "build", [fx.run("cargo build --release")]),
#     fx.stage("gcr.io/distroless/cc-debian13:nonroot", "", [fx.copy("--from=build /app/target/release/app /app")]),
#   ])
#
# Every stage takes one line for its FROM and one per instruction, in file order, so
# the FROM of the first stage is line 1 and instruction k (from 0) of the file is on
# line k + 1. Image ranges start at column 6.
package ferrolint.lib.fixtures

import data.ferrolint.lib.images
import rego.v1

rng(line, col, end_col) := {"line": line, "column": col, "end_line": line, "end_column": end_col}

# --- instruction specs --------------------------------------------------------------

stage(from, name, body) := {"from": from, "as": name, "body": body, "missing": []}

# stage_missing: a FROM whose image uses ARGs that have no value.
stage_missing(from, name, body, missing) := {"from": from, "as": name, "body": body, "missing": missing}

run(text) := {"kw": "RUN", "text": text, "mounts": []}

# run_cache: RUN --mount=type=cache,target=<target> <text>
run_cache(target, text) := {"kw": "RUN", "text": text, "mounts": [{"type": "cache", "target": target}]}

copy(text) := {"kw": "COPY", "text": text}

add(text) := {"kw": "ADD", "text": text}

user(text) := {"kw": "USER", "text": text}

env(text) := {"kw": "ENV", "text": text}

arg(text) := {"kw": "ARG", "text": text}

cmd(text) := {"kw": "CMD", "text": text}

entrypoint(text) := {"kw": "ENTRYPOINT", "text": text}

other(kw, text) := {"kw": kw, "text": text}

# --- the document -------------------------------------------------------------------

doc(specs) := {
	"path": "Dockerfile",
	"escape": "\\",
	"directives": {},
	"lines": total_lines(specs),
	"global_args": [],
	"stages": [stage_obj(specs, i) | some i, _ in specs],
	"comments": [],
}

total_lines(specs) := sum([n | some s in specs; n := 1 + count(s.body)])

offset(specs, i) := sum([n | some j, _ in specs; j < i; n := 1 + count(specs[j].body)])

base_of(specs, i) := j if {
	some j, s in specs
	j < i
	s.as != ""
	lower(s.as) == lower(specs[i].from)
}

base_of(specs, i) := -1 if {
	not has_base(specs, i)
}

has_base(specs, i) if {
	some j, s in specs
	j < i
	s.as != ""
	lower(s.as) == lower(specs[i].from)
}

stage_graph(specs) := {i: edges |
	some i, _ in specs
	edges := {b | b := base_of(specs, i); b >= 0}
}

ancestors(specs, i) := array.reverse(sort([a | some a in graph.reachable(stage_graph(specs), {i}); a != i]))

top(specs, i) := i if count(ancestors(specs, i)) == 0

top(specs, i) := a[count(a) - 1] if {
	a := ancestors(specs, i)
	count(a) > 0
}

invalid_ref := {"valid": false, "scratch": false, "registry": "", "repository": "", "name": "", "tag": "", "digest": ""}

ref_of(spec) := images.parse_ref(spec.from) if count(spec.missing) == 0

ref_of(spec) := invalid_ref if count(spec.missing) > 0

stage_obj(specs, i) := {
	"index": i,
	"name": lower(specs[i].as),
	"final": i == (count(specs) - 1),
	"from": {
		"image": specs[i].from,
		"resolved": specs[i].from,
		"missing_args": specs[i].missing,
		"ref": ref_of(specs[i]),
		"base_stage": base_of(specs, i),
		"platform": "",
		"range": rng(line, 6, 6 + count(specs[i].from)),
	},
	"instructions": instrs,
	"ancestors": ancestors(specs, i),
	"root": ref_of(specs[top(specs, i)]),
	"user": user_of(specs, i),
	"range": {"line": line, "column": 1, "end_line": line + count(specs[i].body), "end_column": 20},
} if {
	line := offset(specs, i) + 1
	instrs := [with_env(specs, i, x) | some x in raw_instrs(specs, i)]
}

# raw_instrs are a stage's instructions without env.
raw_instrs(specs, i) := array.concat([from_instr(specs, i)], [body_instr(specs, i, k, b) | some k, b in specs[i].body])

from_instr(specs, i) := object.union(blank(offset(specs, i), "FROM", text), {"args": [{"value": specs[i].from, "range": rng(offset(specs, i) + 1, 6, 6 + count(specs[i].from))}]}) if {
	text := from_text(specs[i])
}

from_text(spec) := concat(" ", [spec.from, "AS", spec.as]) if spec.as != ""

from_text(spec) := spec.from if spec.as == ""

blank(index, kw, text) := {
	"index": index,
	"keyword": kw,
	"original": concat(" ", [kw, text]),
	"range": rng(index + 1, 1, (count(kw) + count(text)) + 2),
	"args": [],
	"flags": [],
	"form": "",
	"heredocs": [],
	"mounts": [],
	"from": "",
	"from_stage": -1,
	"chown": null,
	"chmod": "",
	"pairs": [],
	"commands": [],
	"env": {},
}

body_instr(specs, i, k, b) := object.union(blank(index, b.kw, b.text), extra(specs, index, b)) if {
	index := (offset(specs, i) + 1) + k
}

# RUN: shell form, commands split at && ; || |.
extra(_, index, b) := {
	"form": "shell",
	"args": [{"value": b.text, "range": rng(index + 1, 5, 5 + count(b.text))}],
	"commands": shell_commands(index + 1, 5, b.text),
	"mounts": [mount_obj(index + 1, m) | some m in b.mounts],
} if b.kw == "RUN"

extra(specs, index, b) := {
	"args": [{"value": w, "range": rng(index + 1, 6, 6 + count(w))} | some w in words; not startswith(w, "--")],
	"flags": [{"name": n, "value": v, "range": rng(index + 1, 6, 6 + count(w))} |
		some w in words
		startswith(w, "--")
		kv := split(substring(w, 2, -1), "=")
		n := kv[0]
		v := concat("=", array.slice(kv, 1, count(kv)))
	],
	"from": from_flag(words),
	"from_stage": stage_named(specs, from_flag(words)),
} if {
	b.kw in {"COPY", "ADD"}
	words := [w | some w in split(b.text, " "); w != ""]
}

extra(_, index, b) := {
	"args": [{"value": b.text, "range": rng(index + 1, 6, 6 + count(b.text))}],
	"pairs": [pair(index + 1, w) | some w in split(b.text, " "); w != ""],
} if b.kw in {"ENV", "ARG"}

extra(_, index, b) := {"args": [{"value": b.text, "range": rng(index + 1, count(b.kw) + 2, (count(b.kw) + 2) + count(b.text))}]} if {
	not b.kw in {"RUN", "COPY", "ADD", "ENV", "ARG", "CMD", "ENTRYPOINT"}
}

extra(_, index, b) := {
	"form": "exec",
	"args": [{"value": a, "range": rng(index + 1, 1, 2)} | some a in json.unmarshal(b.text)],
	"commands": [command(index + 1, 1, json.unmarshal(b.text), count(b.text))],
} if {
	b.kw in {"CMD", "ENTRYPOINT"}
	startswith(b.text, "[")
}

extra(_, index, b) := {
	"form": "shell",
	"args": [{"value": b.text, "range": rng(index + 1, 1, 2)}],
	"commands": shell_commands(index + 1, count(b.kw) + 2, b.text),
} if {
	b.kw in {"CMD", "ENTRYPOINT"}
	not startswith(b.text, "[")
}

from_flag(words) := v if {
	some w in words
	startswith(w, "--from=")
	v := substring(w, 7, -1)
}

from_flag(words) := "" if {
	not any_from(words)
}

any_from(words) if {
	some w in words
	startswith(w, "--from=")
}

stage_named(_, "") := -1

stage_named(specs, name) := j if {
	name != ""
	some j, s in specs
	lower(s.as) == lower(name)
}

stage_named(specs, name) := to_number(name) if {
	name != ""
	regex.match(`^[0-9]+$`, name)
	not named_stage(specs, name)
}

stage_named(specs, name) := -1 if {
	name != ""
	not regex.match(`^[0-9]+$`, name)
	not named_stage(specs, name)
}

named_stage(specs, name) if {
	some s in specs
	lower(s.as) == lower(name)
}

pair(line, w) := {"key": kv[0], "value": v, "raw": v, "has_value": count(kv) > 1, "range": rng(line, 5, 5 + count(w))} if {
	kv := split(w, "=")
	v := concat("=", array.slice(kv, 1, count(kv)))
}

mount_obj(line, m) := {
	"type": m.type,
	"target": m.target,
	"source": "",
	"from": "",
	"id": "",
	"sharing": "",
	"readonly": false,
	"range": rng(line, 5, 6),
}

shell_commands(line, col, text) := [command(line, col + indexof(text, part), words, count(part)) |
	some part in regex.split(`\s*(?:&&|\|\||;|\|)\s*`, text)
	words := [w | some w in split(trim_space(part), " "); w != ""]
	count(words) > 0
]

# command drops "> file" redirections out of the words into redirects.
command(line, col, words, n) := {
	"name": base_name(args[0]),
	"args": args,
	"argv": program_argv(args),
	"program": program_of(args),
	"range": rng(line, col, col + n),
	"redirects": [{"op": words[k], "target": words[k + 1]} | some k, w in words; w in {">", ">>"}],
	"wrapped": false,
} if {
	args := [w | some k, w in words; not w in {">", ">>"}; not redirected(words, k)]
}

redirected(words, k) if {
	k > 0
	words[k - 1] in {">", ">>"}
}

base_name(p) := parts[count(parts) - 1] if parts := split(p, "/")

# program_argv and program_of give a command's argv and program as the parser does
# (dockerfile/commands.go): without leading VAR=value words, wrappers and their options.
wrapper_words := {"env", "sudo", "exec", "time", "nice", "nohup", "command", "xargs"}

skippable_word(w) if wrapper_words[w]

skippable_word(w) if regex.match(`^[A-Za-z_][A-Za-z0-9_]*=`, w)

program_argv(args) := args if not skippable_word(args[0])

program_argv(args) := array.slice(args, min(ks), count(args)) if {
	skippable_word(args[0])
	ks := {i | some i, a in args; not skippable_word(a); not startswith(a, "-")}
	count(ks) > 0
} else := [] if skippable_word(args[0])

program_of(args) := base_name(a[0]) if {
	a := program_argv(args)
	count(a) > 0
} else := ""

# raw_command is a command of args with no position of its own.
raw_command(args) := {"name": base_name(args[0]), "args": args, "argv": program_argv(args), "program": program_of(args), "range": rng(1, 1, 2), "redirects": [], "wrapped": false}

# env: ENV and ARG values of earlier instructions of the stage and its ancestors.
with_env(specs, i, instr) := object.union(instr, {"env": env_before(chain_instrs(specs, i), instr.index)})

chain_instrs(specs, i) := [x |
	some s in array.concat(ancestors(specs, i), [i])
	some x in raw_instrs(specs, s)
]

env_before(instrs, index) := {k: v |
	some x in instrs
	x.index < index
	x.keyword in {"ENV", "ARG"}
	some p in x.pairs
	p.has_value
	k := p.key
	x.index == max({y.index |
		some y in instrs
		y.index < index
		y.keyword in {"ENV", "ARG"}
		some q in y.pairs
		q.has_value
		q.key == k
	})
	v := p.value
}

# user: the last USER of the stage, else of the nearest ancestor that has one.
user_of(specs, i) := null if count(users_in_chain(specs, i)) == 0

user_of(specs, i) := users_in_chain(specs, i)[0] if count(users_in_chain(specs, i)) > 0

users_in_chain(specs, i) := [last_user(specs, s) |
	some s in array.concat([i], ancestors(specs, i))
	last_user(specs, s)
]

last_user(specs, s) := u if {
	us := [x | some x in raw_instrs(specs, s); x.keyword == "USER"]
	count(us) > 0
	x := us[count(us) - 1]
	value := x.args[0].value
	parts := split(value, ":")
	u := {
		"value": value,
		"user": parts[0],
		"group": concat(":", array.slice(parts, 1, count(parts))),
		"stage": s,
		"range": x.range,
	}
}
