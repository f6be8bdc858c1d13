# METADATA
# title: ENV or LABEL in the legacy "key value" form
# description: |
#   `ENV KEY value` (with a space) is the old form: it sets one variable to the whole rest
#   of the line, so `ENV A 1 B 2` sets A to "1 B 2". Write `ENV KEY=value`.
# custom:
#   id: DF039
#   name: legacy-key-value
#   severity: style
#   aliases: [LegacyKeyValueFormat]
#   fix: Write KEY=value.
#   examples:
#     bad: |
#       FROM python:3.12-slim
#       ENV PYTHONUNBUFFERED 1
#       WORKDIR /app
#       COPY requirements.txt ./
#       RUN pip install --no-cache-dir -r requirements.txt
#       COPY . .
#       USER 1000
#       CMD ["python", "-m", "app"]
#     good: |
#       FROM python:3.12-slim
#       ENV PYTHONUNBUFFERED=1
#       WORKDIR /app
#       COPY requirements.txt ./
#       RUN pip install --no-cache-dir -r requirements.txt
#       COPY . .
#       USER 1000
#       CMD ["python", "-m", "app"]
#   sources:
#     - https://docs.docker.com/reference/build-checks/legacy-key-value-format/
#     - https://docs.docker.com/reference/dockerfile/#env
package ferrolint.general.legacy_key_value

import rego.v1

findings contains {"message": sprintf("%s %s value: write %s=value", [instr.keyword, p.key, p.key]), "range": instr.range} if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword in {"ENV", "LABEL"}
	regex.match(`^\S+\s+[^\s=]+\s+\S`, instr.original)
	not regex.match(`^\S+\s+[^\s=]+=`, instr.original)
	p := instr.pairs[0]
}
