# METADATA
# title: Final stage has no HEALTHCHECK
# description: |
#   Without a HEALTHCHECK, `docker ps` and Docker's restart logic only know whether the
#   process runs, not whether it answers. Off by default: Kubernetes ignores the image's
#   HEALTHCHECK and uses its own probes, and a distroless or scratch image has no shell
#   or curl to run one, so the check suits images run by Docker or Compose. Turn it on
#   with `--enable DF056` or `DF056: on` in the configuration (in `.hadolint.yaml`, a
#   severity override for DL3057 does the same). A HEALTHCHECK of a stage the final stage
#   builds on (`FROM <stage>`) counts, and so does `HEALTHCHECK NONE`, which says on
#   purpose that there is none; a HEALTHCHECK of the external base image cannot be seen.
# custom:
#   id: DF056
#   name: missing-healthcheck
#   severity: info
#   default: "off"
#   aliases: [DL3057]
#   fix: Add HEALTHCHECK CMD ["/app", "healthcheck"] (exec form, a subcommand of the binary itself), or HEALTHCHECK NONE.
#   examples:
#     bad: |
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY target/release/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY target/release/app /app
#       HEALTHCHECK CMD ["/app", "healthcheck"]
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3057
#     - https://docs.docker.com/reference/dockerfile/#healthcheck
package ferrolint.general.missing_healthcheck

import rego.v1

findings contains {"message": "the final stage has no HEALTHCHECK: Docker cannot tell a hung service from a healthy one", "range": s.from.range} if {
	some s in input.stages
	s.final
	not has_healthcheck(s)
}

has_healthcheck(s) if {
	some i in array.concat([s.index], s.ancestors)
	some instr in input.stages[i].instructions
	instr.keyword == "HEALTHCHECK"
}
