# METADATA
# title: HEALTHCHECK needs a shell or curl the image does not have
# description: |
#   The final stage's HEALTHCHECK runs in shell form (`HEALTHCHECK CMD curl -f ...`
#   runs `/bin/sh -c`), or in exec form runs curl, wget or a shell, but the final image is
#   distroless (every tag but :debug), scratch, or Chainguard static/glibc-dynamic, which
#   have no shell, curl or wget (rust-images.md §2.3, §7.12). The check can never
#   succeed, so Docker marks the container unhealthy and Swarm or Compose
#   `depends_on: service_healthy` never start what waits on it. Images that copy a shell,
#   busybox, curl or wget in are not judged.
#   Fix: give the binary a health subcommand and use the exec form
#   (`HEALTHCHECK CMD ["/app", "healthcheck"]`), or drop HEALTHCHECK and use the
#   orchestrator's probes (Kubernetes ignores Docker's HEALTHCHECK).
# custom:
#   id: RS009
#   name: healthcheck-without-shell
#   severity: error
#   aliases: []
#   fix: Use an exec-form HEALTHCHECK that runs the service binary itself, or orchestrator probes.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       HEALTHCHECK CMD curl -f http://localhost:8080/health || exit 1
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       HEALTHCHECK CMD ["/app", "healthcheck"]
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/GoogleContainerTools/distroless/blob/main/README.md
#     - https://docs.docker.com/reference/dockerfile/#healthcheck
#     - https://github.com/docker-library/faq
package ferrolint.rust.healthcheck_without_shell

import data.ferrolint.lib.runtime
import rego.v1

findings contains {
	"message": sprintf("%s, but %s: the check always fails and the container is reported unhealthy; use an exec-form check that runs the service binary (HEALTHCHECK CMD [\"/app\", \"healthcheck\"]) or orchestrator probes", [what, why]),
	"range": instr.range,
} if {
	why := runtime.shellless_why
	instr := last_healthcheck
	instr.args[0].value == "CMD"
	what := needs(instr)
}

last_healthcheck := xs[count(xs) - 1] if {
	xs := [i | some i in runtime.final_timeline; i.keyword == "HEALTHCHECK"]
	count(xs) > 0
}

needs(instr) := "HEALTHCHECK CMD in shell form runs /bin/sh -c" if instr.form == "shell"

needs(instr) := sprintf("HEALTHCHECK runs %s", [instr.commands[0].name]) if {
	instr.form == "exec"
	instr.commands[0].name in {"curl", "wget", "sh", "bash"}
	not copied(instr.commands[0].name)
}

copied(program) if {
	some c in runtime.copies_in_any
	contains(c.path, program)
}
