# METADATA
# title: yarn install without cleaning its cache
# description: |
#   yarn (v1) keeps every downloaded package in its global cache, which then stays in the
#   layer. Run `yarn cache clean` in the same RUN, after the install, or mount a cache over
#   it (`RUN --mount=type=cache,target=/usr/local/share/.cache/yarn`, or `/root/.cache/yarn`
#   or `/root/.yarn`). Only stages whose files end up in the image are judged.
# custom:
#   id: DF050
#   name: yarn-cache-kept
#   severity: info
#   aliases: [DL3060]
#   fix: End the RUN with && yarn cache clean, or mount a cache over the yarn cache.
#   examples:
#     bad: |
#       FROM node:22.11-slim
#       WORKDIR /app
#       COPY package.json yarn.lock ./
#       RUN yarn install --frozen-lockfile --production
#       COPY . .
#       USER 1000
#       CMD ["node", "server.js"]
#     good: |
#       FROM node:22.11-slim
#       WORKDIR /app
#       COPY package.json yarn.lock ./
#       RUN yarn install --frozen-lockfile --production && yarn cache clean
#       COPY . .
#       USER 1000
#       CMD ["node", "server.js"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3060
package ferrolint.general.yarn_cache_kept

import data.ferrolint.general.lib
import rego.v1

cache_dirs := ["/usr/local/share/.cache/yarn", "/root/.cache/yarn", "/root/.yarn", "/home/node/.cache/yarn"]

findings contains {"message": "yarn install keeps its package cache in the layer: run yarn cache clean in the same RUN", "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "yarn"
	install(e.args)
	lib.image_stages[e.stage.index]
	not lib.cache_mounted(e.instr, cache_dirs)
	not cleaned_after(e)
}

# yarn, yarn install and yarn add install packages.
install(args) if count(lib.positionals(args, {"--cwd", "--modules-folder", "--cache-folder"})) == 0

install(args) if lib.positionals(args, {"--cwd", "--modules-folder", "--cache-folder"})[0] in {"install", "add"}

cleaned_after(e) if {
	some r in lib.run_cmds
	lib.later(e, r)
	r.prog == "yarn"
	r.args[1] == "cache"
	r.args[2] == "clean"
}

cleaned_after(e) if {
	some r in lib.run_cmds
	lib.later(e, r)
	lib.removes(r, cache_dirs)
}

# --cache-folder pointing at a cache mount.
cleaned_after(e) if {
	some i, a in e.args
	a == "--cache-folder"
	lib.cache_mounted(e.instr, [e.args[i + 1]])
}
