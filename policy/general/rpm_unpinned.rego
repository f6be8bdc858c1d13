# METADATA
# title: yum, dnf, microdnf or zypper install without versions
# description: |
#   `yum install foo` installs whatever the repository has that day. Pin each package as
#   `foo-1.2.3` (yum, dnf, microdnf) or `foo=1.2.3` / `foo>=1.2` (zypper). Group installs
#   (`@group`, `groupinstall`), `.rpm` files, paths and unresolved variables are not judged.
# custom:
#   id: DF007
#   name: rpm-unpinned
#   severity: warning
#   aliases: [DL3033, DL3037, DL3041]
#   fix: Pin each package as name-version (yum/dnf) or name=version (zypper).
#   examples:
#     bad: |
#       FROM rockylinux:9
#       RUN dnf install -y python3 && dnf clean all
#       WORKDIR /srv
#       USER 65532:65532
#       CMD ["python3", "-m", "http.server", "8080"]
#     good: |
#       FROM rockylinux:9
#       RUN dnf install -y python3-3.9.21 && dnf clean all
#       WORKDIR /srv
#       USER 65532:65532
#       CMD ["python3", "-m", "http.server", "8080"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3033
#     - https://github.com/hadolint/hadolint/wiki/DL3037
#     - https://github.com/hadolint/hadolint/wiki/DL3041
package ferrolint.general.rpm_unpinned

import data.ferrolint.general.lib
import rego.v1

value_opts := {"--setopt", "--enablerepo", "--disablerepo", "--repo", "--releasever", "--installroot", "-c", "--config", "-x", "--exclude", "--nodocs-x", "-r", "--repo-name", "--from"}

findings contains {"message": msg, "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog in {"yum", "dnf", "microdnf", "dnf5", "zypper"}
	pos := lib.positionals(e.args, value_opts)
	pos[0] in {"install", "in"}
	unpinned := [p | some p in lib.words(e.instr, array.slice(pos, 1, count(pos))); not pinned(e.prog, p)]
	count(unpinned) > 0
	msg := sprintf("%s install without a version: %s; pin as %s", [e.prog, concat(", ", unpinned), form(e.prog)])
}

form("zypper") := "name=version"

form(prog) := "name-version" if prog != "zypper"

pinned("zypper", p) if regex.match(`[=<>]`, p)

# name-1.2 or name-1.2-3.el9: a dash followed by a digit.
pinned(prog, p) if {
	prog != "zypper"
	regex.match(`-[0-9]`, p)
}

pinned(_, p) if regex.match(`^[@/.]`, p)

pinned(_, p) if endswith(p, ".rpm")

pinned(_, p) if lib.unresolved(p)

pinned(_, p) if contains(p, "*")
