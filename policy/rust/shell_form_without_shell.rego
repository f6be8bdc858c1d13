# METADATA
# title: Shell-form CMD or ENTRYPOINT on an image without a shell
# description: |
#   The effective CMD or ENTRYPOINT of the final stage (the last of each) is in shell form,
#   `CMD /app --port 8080`, which Docker runs as `/bin/sh -c "/app --port 8080"`. The
#   final image has no /bin/sh: distroless (every tag but :debug), scratch, Chainguard
#   static and glibc-dynamic (rust-images.md §2.3, §3, §7.10). The build succeeds and the
#   container cannot start ("exec: \"/bin/sh\": stat /bin/sh: no such file or
#   directory"). Images that copy a shell or busybox in are not judged. On images with a
#   shell, shell form still keeps SIGTERM from the binary; the general pack's DF019
#   reports that, so this rule only reports the case that cannot start.
#   Fix: write the command as a JSON array, `CMD ["/app", "--port", "8080"]`.
# custom:
#   id: RS006
#   name: shell-form-without-shell
#   severity: error
#   aliases: []
#   fix: Write CMD/ENTRYPOINT as a JSON array, e.g. CMD ["/app"].
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       CMD /app --port 8080
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       CMD ["/app", "--port", "8080"]
#   sources:
#     - https://github.com/GoogleContainerTools/distroless/blob/main/README.md
#     - https://docs.docker.com/reference/dockerfile/#cmd
package ferrolint.rust.shell_form_without_shell

import data.ferrolint.lib.runtime
import rego.v1

findings contains {
	"message": sprintf(
		"%s in shell form runs /bin/sh -c %q, but %s: the container cannot start; write it as a JSON array, e.g. %s %s",
		[instr.keyword, instr.args[0].value, why, instr.keyword, json_form(instr)],
	),
	"range": instr.range,
} if {
	why := runtime.shellless_why
	some keyword in {"CMD", "ENTRYPOINT"}
	instr := last_of(keyword)
	instr.form == "shell"
}

last_of(keyword) := xs[count(xs) - 1] if {
	xs := [i | some i in runtime.final_timeline; i.keyword == keyword]
	count(xs) > 0
}

# json_form: the exec form of a single plain command, else a placeholder.
json_form(instr) := json.marshal(instr.commands[0].args) if {
	count(instr.commands) == 1
	count(instr.commands[0].redirects) == 0
	not contains(instr.args[0].value, "$")
} else := "[\"/app\"]"
