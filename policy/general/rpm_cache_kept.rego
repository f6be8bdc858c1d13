# METADATA
# title: yum, dnf or zypper cache left in the image
# description: |
#   `yum install`, `dnf install` and `zypper install` keep metadata and packages in
#   /var/cache/yum, /var/cache/dnf (/var/cache/libdnf5) or /var/cache/zypp. Clean it in the
#   same RUN, after the install: `yum clean all`, `dnf clean all`, `zypper clean -a` (or
#   `rm -rf` of the cache directory). A cache or tmpfs mount over the cache directory
#   counts as cleanup. microdnf is judged like dnf (`microdnf clean all`). Only stages
#   whose files end up in the image are judged.
# custom:
#   id: DF013
#   name: rpm-cache-kept
#   severity: info
#   aliases: [DL3032, DL3036, DL3040]
#   fix: End the RUN with && yum clean all (dnf clean all, zypper clean -a).
#   examples:
#     bad: |
#       FROM rockylinux:9
#       RUN dnf install -y python3-3.9.21
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
#     - https://github.com/hadolint/hadolint/wiki/DL3032
#     - https://github.com/hadolint/hadolint/wiki/DL3036
#     - https://github.com/hadolint/hadolint/wiki/DL3040
package ferrolint.general.rpm_cache_kept

import data.ferrolint.general.lib
import rego.v1

cache_dirs := {
	"yum": ["/var/cache/yum", "/var/cache/dnf"],
	"dnf": ["/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/yum"],
	"dnf5": ["/var/cache/libdnf5", "/var/cache/dnf"],
	"microdnf": ["/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5"],
	"zypper": ["/var/cache/zypp"],
}

clean_cmd := {"yum": "yum clean all", "dnf": "dnf clean all", "dnf5": "dnf5 clean all", "microdnf": "microdnf clean all", "zypper": "zypper clean -a"}

findings contains {"message": msg, "range": e.cmd.range} if {
	some e in lib.run_cmds
	dirs := cache_dirs[e.prog]
	pos := lib.positionals(e.args, {"--setopt", "--enablerepo", "--disablerepo", "--releasever", "--installroot", "-r", "--repo"})
	pos[0] in {"install", "in", "groupinstall", "localinstall", "update", "upgrade", "reinstall"}
	lib.image_stages[e.stage.index]
	not lib.cache_mounted(e.instr, dirs)
	not cleaned_after(e, dirs)
	msg := sprintf("%s %s leaves its cache in the layer: run %s in the same RUN", [e.prog, pos[0], clean_cmd[e.prog]])
}

cleaned_after(e, dirs) if {
	some r in lib.run_cmds
	lib.later(e, r)
	lib.removes(r, dirs)
}

cleaned_after(e, _) if {
	some r in lib.run_cmds
	lib.later(e, r)
	r.prog in {"yum", "dnf", "dnf5", "microdnf", "zypper"}
	pos := lib.positionals(r.args, set())
	pos[0] in {"clean", "cc"}
}
