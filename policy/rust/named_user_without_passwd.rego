# METADATA
# title: Named user on an image that cannot resolve it
# description: |
#   The final stage (or a stage it builds on) sets `USER <name>` or `COPY --chown=<name>`
#   on an image whose /etc/passwd does not have that name: scratch has no /etc/passwd at
#   all, and distroless's lists only root, nonroot (65532) and nobody (65534)
#   (rust-images.md §2.2, §3, §6). `COPY --chown=app` fails the build ("unable to find
#   user app"); `USER app` builds, and then the container fails to start with "unable to
#   find user app: no matching entries in passwd file". Numeric IDs need no passwd entry.
#   Stages that copy an /etc/passwd in are not judged, nor names that use a variable.
#   Fix: use numeric IDs, e.g. USER 65532:65532 and --chown=65532:65532.
# custom:
#   id: RS017
#   name: named-user-without-passwd
#   severity: error
#   aliases: []
#   fix: Use a numeric UID:GID, e.g. USER 65532:65532.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       USER app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       USER 65532:65532
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/GoogleContainerTools/distroless/blob/main/README.md
#     - https://docs.docker.com/reference/dockerfile/#user
package ferrolint.rust.named_user_without_passwd

import data.ferrolint.lib.runtime
import rego.v1

findings contains {
	"message": sprintf("USER %s names %q, but %s: the container fails to start with \"unable to find user %s\"; use a numeric UID:GID such as USER 65532:65532", [instr.args[0].value, name, why, name]),
	"range": instr.range,
} if {
	some instr in runtime.final_timeline
	instr.keyword == "USER"
	names := [n | some n in split(instr.args[0].value, ":"); named(n); runtime.passwd_lacks(n)]
	count(names) > 0
	name := names[0]
	why := runtime.passwd_lacks(name)
}

findings contains {
	"message": sprintf("--chown=%s names %q, but %s: the build fails with \"unable to find user %s\"; use numeric IDs such as --chown=65532:65532", [instr.chown.value, name, why, name]),
	"range": instr.range,
} if {
	some instr in runtime.final_timeline
	instr.keyword in {"COPY", "ADD"}
	instr.chown != null
	names := [n | some n in [instr.chown.user, instr.chown.group]; named(n); runtime.passwd_lacks(n)]
	count(names) > 0
	name := names[0]
	why := runtime.passwd_lacks(name)
}

named(name) if {
	name != ""
	not runtime.numeric(name)
	not contains(name, "$")
}
