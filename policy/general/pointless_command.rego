# METADATA
# title: Interactive or system command in RUN
# description: |
#   A RUN step runs once, at build time, in a container without a terminal, init system or
#   privileges. Editors (vim), remote shells (ssh), process and system tools (ps, top, free,
#   kill, mount, ifconfig, shutdown) and `service` do nothing useful there: what they show is
#   lost, and what they start or stop does not outlive the step. Only the command itself
#   counts (`apt-get install vim` is fine), also behind sudo/env or inside `sh -c` and
#   heredocs. Unlike hadolint this rule checks ifconfig (which hadolint names but does
#   not check) and leaves alone uses that do work in a build: `kill $PID` or `kill %1` of
#   a process the step started, `service x start` followed by more commands that use it
#   in the same RUN, scripted vim (`vim -es`, `vim +PlugInstall +qa`) and ssh in a RUN
#   that mounts the ssh agent (`--mount=type=ssh`).
# custom:
#   id: DF053
#   name: pointless-command
#   severity: info
#   aliases: [DL3001]
#   fix: Remove the command from the RUN; start services from CMD or ENTRYPOINT.
#   examples:
#     bad: |
#       FROM nginxinc/nginx-unprivileged:1.27
#       COPY nginx.conf /etc/nginx/nginx.conf
#       RUN service nginx start
#       USER 101
#     good: |
#       FROM nginxinc/nginx-unprivileged:1.27
#       COPY nginx.conf /etc/nginx/nginx.conf
#       USER 101
#       CMD ["nginx", "-g", "daemon off;"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3001
package ferrolint.general.pointless_command

import data.ferrolint.general.lib
import rego.v1

pointless := {"ssh", "vim", "shutdown", "service", "ps", "free", "top", "kill", "mount", "ifconfig"}

findings contains {"message": sprintf("%s in RUN does nothing useful at build time", [e.prog]), "range": e.cmd.range} if {
	some e in lib.run_cmds
	pointless[e.prog]

	# `command -v ps` and `xargs kill` look for or feed the command, they do not run it as written.
	not e.cmd.name in {"command", "xargs"}
	not works_in_build(e)
}

# kill of a PID held in a variable or $(...), or of a job (%1), stops a process the
# step itself started.
works_in_build(e) if {
	e.prog == "kill"
	some a in array.slice(e.args, 1, count(e.args))
	own_process(a)
}

own_process(a) if lib.unresolved(a)

own_process(a) if startswith(a, "%")

# A service started and then used by the same RUN (seeding a database).
works_in_build(e) if {
	e.prog == "service"
	some r in lib.run_cmds
	lib.later(e, r)
}

# Scripted vim: ex mode, silent mode or commands to run.
works_in_build(e) if {
	e.prog == "vim"
	some a in e.args
	scripted_vim(a)
}

works_in_build(e) if {
	e.prog == "ssh"
	some m in e.instr.mounts
	m.type == "ssh"
}

scripted_vim(a) if startswith(a, "+")

scripted_vim(a) if a in {"-c", "--cmd", "-S", "-e", "-E", "-s", "-es", "-Es", "--not-a-term"}
