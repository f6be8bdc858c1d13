# METADATA
# title: Final stage runs as root
# description: |
#   The container starts as the effective user of the final stage: its last USER, else
#   the USER of the nearest stage it builds on (FROM <stage>), else the default of its
#   base image. That default is uid 0 for rust, debian, ubuntu, alpine, scratch and
#   muslrust, and also for distroless :latest and :debug: only distroless :nonroot and
#   :debug-nonroot, and Chainguard images, run as 65532 (rust-images.md §2.2, §6). So
#   `FROM gcr.io/distroless/cc-debian12` without USER runs as root, despite the
#   popular claim, while `FROM ...:nonroot` does not. A process running as root turns
#   any code execution bug into root in the container, and Kubernetes runAsNonRoot
#   rejects the image. Builder stages do not matter. USER values that are unknown
#   (USER $VAR) and images whose default user is unknown are not judged.
#   Fix: add `USER 65532:65532` (numeric, so runAsNonRoot can verify it and it works
#   on scratch without /etc/passwd) before CMD/ENTRYPOINT, or use a :nonroot image.
# custom:
#   id: RS004
#   name: root-runtime-user
#   severity: warning
#   aliases: [DL3002]
#   fix: Insert USER 65532:65532 before CMD/ENTRYPOINT, or use a :nonroot distroless image.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:latest
#       COPY --from=build /app/target/release/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/GoogleContainerTools/distroless/blob/main/README.md
#     - https://docs.docker.com/reference/dockerfile/#user
#     - https://github.com/hadolint/hadolint/wiki/DL3002
package ferrolint.rust.root_runtime_user

import data.ferrolint.lib.cargo
import data.ferrolint.lib.images
import rego.v1

final := cargo.final_stage

findings contains {
	"message": concat("", ["final stage runs as root: ", why]),
	"range": where,
	"fix": {
		"description": "run as the unprivileged numeric user 65532",
		"safe": true,
		"edits": [insertion],
	},
}

# An explicit USER root in the final stage.
why := sprintf("USER %s (line %d) is its last USER", [final.user.value, final.user.range.line]) if {
	final.user != null
	final.user.stage == final.index
	known_root(final.user)
}

# Inherited from a stage it builds on.
why := sprintf("it inherits USER %s from stage %s (line %d)", [final.user.value, stage_label(final.user.stage), final.user.range.line]) if {
	final.user != null
	final.user.stage != final.index
	known_root(final.user)
}

# No USER anywhere in the chain: the base image's default.
why := concat("", [no_user_prefix, default_why(root)]) if {
	final.user == null
	root := cargo.root_ref(final)
	images.default_uid(root) == 0
}

no_user_prefix := "" if final.from.base_stage < 0

no_user_prefix := "neither it nor the stages it builds on set USER, and " if final.from.base_stage >= 0

known_root(u) if {
	not contains(u.value, "$")
	images.is_root_user(u)
}

default_why(root) := sprintf("%s defaults to uid 0 (only the :nonroot and :debug-nonroot tags run as 65532)", [images.display(root)]) if {
	images.family(root) == "distroless"
}

default_why(root) := "scratch has no USER and no /etc/passwd, so it runs as uid 0" if root.scratch

default_why(root) := sprintf("%s sets no USER, so it runs as uid 0", [images.display(root)]) if {
	not images.family(root) in {"distroless", "scratch"}
}

# Range: the final stage's own USER instruction when that is where root comes from.
where := last_user_instr.range if {
	final.user != null
	final.user.stage == final.index
}

where := final.from.range if {
	final.user == null
}

where := final.from.range if {
	final.user != null
	final.user.stage != final.index
}

last_user_instr := x if {
	users := [i | some i in final.instructions; i.keyword == "USER"]
	x := users[count(users) - 1]
}

# --- the fix ------------------------------------------------------------------------

# Insert before the first CMD/ENTRYPOINT that comes after every RUN and USER of the final
# stage (so build steps keep their user and no later USER overrides the fix) ...
insertion := {"range": point(x.range.line, 1), "new_text": "USER 65532:65532\n"} if {
	after := max({i.index | some i in final.instructions; i.keyword in {"FROM", "RUN", "USER"}})
	starts := [i | some i in final.instructions; i.keyword in {"CMD", "ENTRYPOINT"}; i.index > after]
	count(starts) > 0
	x := starts[0]
} else := {"range": point(last.range.end_line + 1, 1), "new_text": "USER 65532:65532\n"} if {
	# ... else after the last instruction: on the next line when the file has one,
	last := final.instructions[count(final.instructions) - 1]
	last.range.end_line < input.lines
} else := {"range": point(last.range.end_line, last.range.end_column), "new_text": "\nUSER 65532:65532"} if {
	# else at the end of the last instruction (the file ends there).
	last := final.instructions[count(final.instructions) - 1]
}

point(line, column) := {"line": line, "column": column, "end_line": line, "end_column": column}

stage_label(i) := sprintf("%q", [input.stages[i].name]) if input.stages[i].name != ""

stage_label(i) := sprintf("%d", [i]) if input.stages[i].name == ""
