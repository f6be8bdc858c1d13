# METADATA
# title: gem install without a version
# description: |
#   `gem install foo` takes the newest release at build time. Pin it with `foo:1.2.3` or
#   `-v 1.2.3` / `--version 1.2.3`. Local `.gem` files and unresolved variables are
#   not judged.
# custom:
#   id: DF005
#   name: gem-unpinned
#   severity: warning
#   aliases: [DL3028]
#   fix: Pin each gem as name:version or pass -v version.
#   examples:
#     bad: |
#       FROM ruby:3.4-slim
#       WORKDIR /app
#       RUN gem install bundler
#       COPY Gemfile Gemfile.lock ./
#       RUN bundle install
#       COPY . .
#       USER 1000:1000
#       CMD ["bundle", "exec", "puma"]
#     good: |
#       FROM ruby:3.4-slim
#       WORKDIR /app
#       RUN gem install bundler:2.6.9
#       COPY Gemfile Gemfile.lock ./
#       RUN bundle install
#       COPY . .
#       USER 1000:1000
#       CMD ["bundle", "exec", "puma"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3028
package ferrolint.general.gem_unpinned

import data.ferrolint.general.lib
import rego.v1

value_opts := {"-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "--platform", "-P", "--trust-policy", "-g", "--file"}

findings contains {"message": msg, "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "gem"
	pos := lib.positionals(e.args, value_opts)
	pos[0] == "install"
	not lib.has_flag(e.args, {"-v", "--version"}, set())
	unpinned := [p | some p in lib.words(e.instr, array.slice(pos, 1, count(pos))); not pinned(p)]
	count(unpinned) > 0
	msg := sprintf("gem install without a version: %s; pin as name:version or pass -v", [concat(", ", unpinned)])
}

pinned(p) if contains(p, ":")

pinned(p) if endswith(p, ".gem")

pinned(p) if lib.unresolved(p)
