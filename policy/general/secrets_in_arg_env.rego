# METADATA
# title: Secret in ARG or ENV
# description: |
#   ARG and ENV values are stored in the image (ENV in its config, ARG in `docker history`),
#   so a password or token passed this way leaks to everyone who can pull the image. Use
#   `RUN --mount=type=secret`. A name is judged by its words (split at `_`, `-`, `.` and
#   lower/upper case changes): one of apikey, auth, credential(s), key, password, pword,
#   passwd, secret, token, as BuildKit's SecretsUsedInArgOrEnv. Names that also contain
#   public, file, path, dir, url, version, id, name or gpg/pgp (GPG_KEY is a fingerprint)
#   are not judged.
# custom:
#   id: DF031
#   name: secrets-in-arg-env
#   severity: warning
#   aliases: [DL3064, SecretsUsedInArgOrEnv]
#   fix: Pass the secret with RUN --mount=type=secret,id=... instead.
#   examples:
#     bad: |
#       FROM node:22.11-slim
#       WORKDIR /app
#       ARG NPM_TOKEN
#       COPY package.json package-lock.json .npmrc ./
#       RUN npm ci --omit=dev
#       COPY . .
#       USER 1000
#       CMD ["node", "server.js"]
#     good: |
#       FROM node:22.11-slim
#       WORKDIR /app
#       COPY package.json package-lock.json .npmrc ./
#       RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci --omit=dev
#       COPY . .
#       USER 1000
#       CMD ["node", "server.js"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3064
#     - https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/
package ferrolint.general.secrets_in_arg_env

import rego.v1

secret_words := {"apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token"}

harmless_words := {"public", "file", "path", "dir", "url", "version", "id", "name", "gpg", "pgp", "pub", "fingerprint", "length", "size", "type", "header"}

pairs contains {"kw": "ARG", "pair": p} if {
	some p in input.global_args
}

pairs contains {"kw": instr.keyword, "pair": p} if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword in {"ARG", "ENV"}
	some p in instr.pairs
}

findings contains {"message": sprintf("%s %s looks like a secret: it is stored in the image; use RUN --mount=type=secret", [x.kw, x.pair.key]), "range": x.pair.range} if {
	some x in pairs
	ws := name_words(x.pair.key)
	some w in ws
	secret_words[w]
	count({v | some v in ws; harmless_words[v]}) == 0
}

# name_words: DB_PASSWORD -> {db, password}; apiKey -> {api, key}.
name_words(k) := {lower(w) |
	some part in regex.split(`[_.\-]+`, k)
	some w in regex.find_n(`[A-Z]?[a-z0-9]+|[A-Z]+`, camel(part), -1)
}

# ALLCAPS parts stay whole; camelCase parts are split at each capital.
camel(part) := lower(part) if part == upper(part)

camel(part) := part if part != upper(part)
