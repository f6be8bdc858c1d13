# METADATA
# title: COPY of a tar archive that a later RUN extracts
# description: |
#   COPY puts the archive in a layer and the RUN that extracts it adds the files in another,
#   so the image carries both (deleting the archive later does not shrink the COPY layer).
#   ADD extracts a local tar archive (.tar, .tar.gz, .tgz, .tar.bz2, .tbz2, .tar.xz, .txz)
#   into its destination in one layer. Fires on a local COPY (not `COPY --from`) of such an
#   archive when a later RUN of the same stage, or of a stage built FROM it, runs
#   `tar -x`/`tar x`/`tar --extract` on a file with the same name or path. Unlike hadolint it
#   also sees extractions in later stages (hadolint forgets the COPY at every FROM), does not
#   suggest ADD for .zip or plain .gz files (ADD does not extract them), and stays quiet when
#   tar does something ADD cannot: `--strip-components`, `--exclude`, or naming the members
#   to extract.
# custom:
#   id: DF054
#   name: copy-then-extract
#   severity: info
#   aliases: [DL3010]
#   fix: ADD the archive to the directory it is extracted into, and drop the tar step.
#   examples:
#     bad: |
#       FROM debian:12.11-slim
#       COPY dist/app-1.4.0-linux-amd64.tar.gz /tmp/
#       RUN tar -xzf /tmp/app-1.4.0-linux-amd64.tar.gz -C /opt && rm /tmp/app-1.4.0-linux-amd64.tar.gz
#       USER 1000
#       ENTRYPOINT ["/opt/app/bin/app"]
#     good: |
#       FROM debian:12.11-slim
#       ADD dist/app-1.4.0-linux-amd64.tar.gz /opt/
#       USER 1000
#       ENTRYPOINT ["/opt/app/bin/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3010
#     - https://docs.docker.com/reference/dockerfile/#add
package ferrolint.general.copy_then_extract

import data.ferrolint.general.lib
import rego.v1

tar_archive := `(?i)\.(tar|tgz|tbz2?|txz|tar\.(gz|bz2|xz))$`

findings contains {"message": msg, "range": instr.range} if {
	some s in input.stages
	some instr in s.instructions
	instr.keyword == "COPY"
	instr.from == ""
	count(instr.heredocs) == 0
	some name in archive_names(instr)
	some e in lib.run_cmds
	# ADD would extract in this image, an ONBUILD RUN does it in a child build
	not e.onbuild
	after(s, instr, e)
	e.prog == "tar"
	extracts(e.args, name)
	msg := sprintf("COPY of %s, which tar extracts on line %d: ADD extracts local tar archives itself, in one layer", [name, e.cmd.range.line])
}

# archive_names: the file names the copied archives have in the image: each source's
# base name, or the destination's when a single file is copied to a file path.
archive_names(instr) := {n |
	n := lib.base(src(instr)[_])
	regex.match(tar_archive, n)
	not glob(n)
} | dest_names(instr)

src(instr) := [a.value | some i, a in instr.args; i < count(instr.args) - 1]

dest_names(instr) := {n |
	count(instr.args) == 2
	regex.match(tar_archive, lib.base(instr.args[0].value))
	dest := instr.args[1].value
	not endswith(dest, "/")
	n := lib.base(dest)
	regex.match(tar_archive, n)
}

glob(n) if regex.match(`[*?\[$]`, n)

after(s, instr, e) if {
	e.stage.index == s.index
	e.instr.index > instr.index
}

after(s, _, e) if s.index in e.stage.ancestors

extracts(args, name) if {
	extract_mode(args)
	operands := array.concat(
		[a | some i, a in args; i > 0; not startswith(a, "-"); not old_style_keys(args, i)],
		[substring(a, 7, -1) | some a in args; startswith(a, "--file=")],
	)
	some a in operands
	lib.base(a) == name
	not beyond_add(args, operands)
}

extract_mode(args) if {
	some a in args
	a in {"--extract", "--get"}
}

extract_mode(args) if {
	some a in args
	regex.match(`^-[A-Za-wyz]*x[A-Za-z]*$`, a)
}

extract_mode(args) if old_style_keys(args, 1)

# old_style_keys: tar's first argument given without a dash (tar xzf file).
old_style_keys(args, 1) if regex.match(`^[A-Za-z]*x[A-Za-z]*$`, args[1])

# beyond_add: options ADD has no equivalent for, or member names after the archive.
beyond_add(args, _) if {
	some a in args
	some opt in ["--strip-components", "--exclude", "--wildcards", "--transform", "-T", "--files-from"]
	startswith(a, opt)
}

beyond_add(args, operands) if {
	some a in operands
	not regex.match(tar_archive, lib.base(a))
	not directory_value(args, a)
}

# directory_value: a is the value of -C/--directory (the extraction target).
directory_value(args, a) if {
	some i, x in args
	x in {"-C", "--directory"}
	args[i + 1] == a
}

directory_value(args, a) if {
	some i, x in args
	regex.match(`^-[A-Za-z]*C$`, x)
	args[i + 1] == a
}
