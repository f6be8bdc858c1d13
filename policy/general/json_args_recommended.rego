# METADATA
# title: CMD or ENTRYPOINT in shell form
# description: |
#   `CMD app --flag` runs `/bin/sh -c "app --flag"`: the shell is PID 1, so SIGTERM from
#   `docker stop` or Kubernetes never reaches the app, which is killed after the grace
#   period; the image also needs a shell (distroless has none). Use the JSON form
#   `CMD ["app", "--flag"]`. Not judged: stages whose files are not in the image, stages
#   with a SHELL instruction (a chosen shell, as BuildKit's JSONArgsRecommended), and
#   commands that start with `exec` (the shell replaces itself, so signals arrive).
# custom:
#   id: DF019
#   name: json-args-recommended
#   severity: warning
#   aliases: [DL3025, JSONArgsRecommended]
#   fix: Write the command as a JSON array, e.g. CMD ["app", "--flag"].
#   examples:
#     bad: |
#       FROM python:3.13-slim
#       WORKDIR /app
#       COPY . .
#       USER 65532:65532
#       CMD gunicorn --bind 0.0.0.0:8000 app:app
#     good: |
#       FROM python:3.13-slim
#       WORKDIR /app
#       COPY . .
#       USER 65532:65532
#       CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3025
#     - https://docs.docker.com/reference/build-checks/json-args-recommended/
#     - https://docs.docker.com/build/building/best-practices/#cmd
package ferrolint.general.json_args_recommended

import data.ferrolint.general.lib
import rego.v1

findings contains {"message": msg, "range": instr.range} if {
	some s in input.stages
	lib.image_stages[s.index]
	some instr in s.instructions
	instr.keyword in {"CMD", "ENTRYPOINT"}
	instr.form == "shell"
	count(lib.shell_of(s, instr)) == 0
	not startswith(trim_space(instr.args[0].value), "exec ")
	msg := sprintf("%s in shell form runs under /bin/sh, which does not pass signals on: use the JSON form", [instr.keyword])
}
