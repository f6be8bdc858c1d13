# METADATA
# title: Base image without a tag, or :latest
# description: |
#   `FROM debian` and `FROM debian:latest` build on whatever the tag points to that day;
#   a rebuild can change the OS release under you. Pin a version tag (`debian:12.11-slim`)
#   or a digest. Judged after ARG substitution (`FROM ${IMAGE}` with `ARG
#   IMAGE=debian:latest` is reported; an ARG without default is not). scratch, earlier
#   stages and digests are fine. Rust toolchain images are left to RS001, which knows
#   their tags.
# custom:
#   id: DF038
#   name: unpinned-base-image
#   severity: warning
#   aliases: [DL3006, DL3007]
#   fix: Pin a version tag or a digest.
#   examples:
#     bad: |
#       FROM node:latest
#       WORKDIR /app
#       COPY package.json package-lock.json ./
#       RUN npm ci --omit=dev
#       COPY . .
#       USER 1000
#       CMD ["node", "server.js"]
#     good: |
#       FROM node:22.11-slim
#       WORKDIR /app
#       COPY package.json package-lock.json ./
#       RUN npm ci --omit=dev
#       COPY . .
#       USER 1000
#       CMD ["node", "server.js"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3006
#     - https://github.com/hadolint/hadolint/wiki/DL3007
#     - https://docs.docker.com/reference/dockerfile/#from
package ferrolint.general.unpinned_base_image

import data.ferrolint.lib.images
import rego.v1

findings contains {"message": msg, "range": s.from.range} if {
	some s in input.stages
	s.from.base_stage < 0
	ref := s.from.ref
	ref.valid
	not ref.scratch
	ref.digest == ""
	count(s.from.missing_args) == 0
	not images.is_rust_toolchain(ref)
	msg := problem(ref)
}

problem(ref) := sprintf("FROM %s has no tag, so it floats with :latest: pin a version or digest", [ref.name]) if ref.tag == ""

problem(ref) := sprintf("FROM %s:latest floats: pin a version or digest", [ref.name]) if ref.tag == "latest"
