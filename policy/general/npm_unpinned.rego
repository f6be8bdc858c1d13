# METADATA
# title: npm install of a package without a version
# description: |
#   `npm install foo` (or `npm i`, `npm add`) takes the newest release at build time and
#   writes it to package.json. Pin it as `foo@1.2.3` (a scoped package as
#   `@scope/foo@1.2.3`); `@latest` does not pin. A bare `npm install`/`npm ci` (the
#   lockfile decides), paths, tarballs, URLs and git references are not judged.
# custom:
#   id: DF004
#   name: npm-unpinned
#   severity: warning
#   aliases: [DL3016]
#   fix: Pin each package as name@version.
#   examples:
#     bad: |
#       FROM node:22-slim
#       WORKDIR /app
#       COPY package.json package-lock.json ./
#       RUN npm ci --omit=dev && npm install -g pm2
#       COPY . .
#       USER 1000:1000
#       CMD ["pm2-runtime", "server.js"]
#     good: |
#       FROM node:22-slim
#       WORKDIR /app
#       COPY package.json package-lock.json ./
#       RUN npm ci --omit=dev && npm install -g pm2@6.0.8
#       COPY . .
#       USER 1000:1000
#       CMD ["pm2-runtime", "server.js"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3016
package ferrolint.general.npm_unpinned

import data.ferrolint.general.lib
import rego.v1

value_opts := {"--prefix", "--registry", "--cache", "--userconfig", "-w", "--workspace", "--omit", "--include", "--tag"}

findings contains {"message": msg, "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "npm"
	pos := lib.positionals(e.args, value_opts)
	pos[0] in {"install", "i", "add", "isntall", "in"}
	unpinned := [p | some p in lib.words(e.instr, array.slice(pos, 1, count(pos))); not pinned(p)]
	count(unpinned) > 0
	msg := sprintf("npm install without a version: %s; pin as name@version", [concat(", ", unpinned)])
}

# name@version, @scope/name@version, with a version other than latest.
pinned(p) if {
	i := indexof(substring(p, 1, -1), "@")
	i >= 0
	substring(p, i + 2, -1) != "latest"
}

pinned(p) if regex.match(`^(\.|/|~|file:|git[+:@]|https?:|github:)`, p)

pinned(p) if regex.match(`\.(tgz|tar\.gz)$`, p)

pinned(p) if lib.unresolved(p)

# user/repo#ref (a GitHub shorthand with a ref).
pinned(p) if regex.match(`^[^@/]+/[^/]+#.+$`, p)
