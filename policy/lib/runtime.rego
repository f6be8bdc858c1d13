# METADATA
# title: Final-stage knowledge for the Rust pack
# description: |
#   Facts about the image that runs, computed once per evaluation: the final stage's
#   root image, whether it has a shell, the instructions of its FROM chain, what it copies
#   out of other stages, and the WORKDIR in effect at an instruction. Facts come from
#   /work/shared/docs/rust-images.md (section named next to each).
package ferrolint.lib.runtime

import data.ferrolint.lib.cargo
import data.ferrolint.lib.images
import rego.v1

final := cargo.final_stage

final_root := cargo.root_of[final.index]

final_timeline := cargo.timeline_of[final.index]

final_family := images.family(final_root)

# shellless_why names why the final image has no /bin/sh; undefined when it has one or
# when that is not known. distroless has no shell except the :debug tags (§2.3); scratch
# has nothing (§3); Chainguard's static and glibc-dynamic :latest have none (their
# -dev tags do). A final stage that copies a shell or busybox in is not judged.
shellless_why := w if {
	w := shellless_reason
	not copies_shell
}

shellless_reason := "scratch has no /bin/sh" if final_root.scratch

shellless_reason := sprintf("%s has no shell (only the :debug distroless tags have busybox)", [images.display(final_root)]) if {
	final_family == "distroless"
	not startswith(final_root.tag, "debug")
}

shellless_reason := sprintf("%s has no shell (only its -dev tags do)", [images.display(final_root)]) if {
	images.repo_path(final_root) in {"cgr.dev/chainguard/static", "cgr.dev/chainguard/glibc-dynamic"}
	not contains(final_root.tag, "dev")
}

copies_shell if {
	some c in copies_in_any
	shell_source(c.path)
}

shell_source(path) if trim_right(path, "/") in {"/bin", "/usr/bin", "bin"}

shell_source(path) if contains(path, "busybox")

shell_source(path) if {
	some suffix in {"/sh", "/bash", "/ash", "/dash"}
	endswith(path, suffix)
}

# copies_in_any: every COPY/ADD source of the final chain, from a stage, an image or the
# context: {"instr", "path"}.
copies_in_any contains {"instr": instr, "path": a.value} if {
	some instr in final_timeline
	instr.keyword in {"COPY", "ADD"}
	n := count(instr.args)
	some i, a in instr.args
	i < n - 1
}

# export_stage: a final FROM scratch without CMD or ENTRYPOINT only carries files out of
# the build (docker build --output); nothing runs it.
export_stage if {
	final_root.scratch
	not runs_something
}

runs_something if {
	some instr in final_timeline
	instr.keyword in {"CMD", "ENTRYPOINT"}
}

# copies_in: every COPY/ADD --from=<stage> of the final chain with each source path:
# {"instr", "stage" (index), "path"}.
copies_in contains {"instr": instr, "stage": instr.from_stage, "path": a.value} if {
	some instr in final_timeline
	instr.keyword in {"COPY", "ADD"}
	instr.from_stage >= 0
	n := count(instr.args)
	some i, a in instr.args
	i < n - 1
}

# from_copies: every COPY/ADD --from=<stage> of the file with each source path:
# {"instr", "stage" (index), "path"}; rules that look at what leaves a stage share it.
from_copies := [{"instr": instr, "stage": instr.from_stage, "path": a.value} |
	some s in input.stages
	some instr in s.instructions
	instr.from_stage >= 0
	instr.keyword in {"COPY", "ADD"}
	n := count(instr.args)
	some i, a in instr.args
	i < n - 1
]

# shipping_stages: the stages whose files the final image copies, and the final chain.
shipping_stages contains c.stage if some c in copies_in

shipping_stages contains s if some s in cargo.chain_of[final.index]

# workdir(stage, index) is the WORKDIR in effect before instruction `index` of a stage's
# FROM chain: the last absolute WORKDIR joined with the relative ones after it, "/" when
# none is set (the Rust and Debian images set none, §1.4). Undefined when a WORKDIR
# uses a variable.
workdir(stage, index) := path if {
	ws := workdirs_before(stage, index)
	not any_variable(ws)
	starts := [k | some k, w in ws; startswith(w, "/")]
	from := max(array.concat([0], starts))
	path := clean(concat("/", array.concat(["/"], array.slice(ws, from, count(ws)))))
}

workdirs_before(stage, index) := [instr.args[0].value |
	some instr in cargo.timeline_of[stage]
	instr.index < index
	instr.keyword == "WORKDIR"
	count(instr.args) > 0
]

any_variable(ws) if {
	some w in ws
	contains(w, "$")
}

# clean drops empty and "." path parts: "/app//./x/" is "/app/x".
clean(path) := concat("", ["/", concat("/", [p | some p in split(path, "/"); not p in {"", "."}])])

# absolute(dir, path) resolves path against dir.
absolute(_, path) := clean(path) if startswith(path, "/")

absolute(dir, path) := clean(concat("/", [dir, path])) if not startswith(path, "/")

# --- users --------------------------------------------------------------------------

# passwd_lacks(name) says why a user or group name cannot be resolved in the final image;
# undefined when it can or when that is not known. scratch has no /etc/passwd (§3);
# distroless's lists only root, nonroot and nobody (§2.2). A final chain that copies an
# /etc/passwd (or /etc) in is not judged.
passwd_lacks(_) := "scratch has no /etc/passwd" if {
	final_root.scratch
	not copies_passwd
}

passwd_lacks(name) := sprintf("the /etc/passwd of %s lists only root, nonroot (65532) and nobody (65534)", [images.display(final_root)]) if {
	final_family == "distroless"
	not name in {"root", "nonroot", "nobody"}
	not copies_passwd
}

copies_passwd if {
	some c in copies_in_any
	some suffix in {"/etc/passwd", "/etc", "/etc/", "passwd"}
	endswith(c.path, suffix)
}

# numeric: a user or group written as a number (or empty, for a missing group).
numeric(s) if regex.match(`^[0-9]*$`, s)
