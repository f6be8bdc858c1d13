# METADATA
# title: go install or go get of a floating version
# description: |
#   `go install example.com/tool@latest` and `go get example.com/lib` (which upgrades
#   to the newest release) take whatever is newest at build time. Pin a version:
#   `go install example.com/tool@v1.2.3`. `go install pkg` and `go run pkg` without
#   `@` use the version in go.mod (or fail outside a module, since Go 1.17), so only
#   `@latest`, `@upgrade` and `@patch` are judged for them; hadolint flags every
#   missing `@` and accepts `@latest`. Local packages and unresolved variables are not
#   judged.
# custom:
#   id: DF006
#   name: go-install-unpinned
#   severity: warning
#   aliases: [DL3062]
#   fix: Use @vX.Y.Z instead of @latest.
#   examples:
#     bad: |
#       FROM golang:1.26-trixie AS build
#       WORKDIR /src
#       RUN go install github.com/a-h/templ/cmd/templ@latest
#       COPY . .
#       RUN templ generate && CGO_ENABLED=0 go build -o /out/app .
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM golang:1.26-trixie AS build
#       WORKDIR /src
#       RUN go install github.com/a-h/templ/cmd/templ@v0.3.906
#       COPY . .
#       RUN templ generate && CGO_ENABLED=0 go build -o /out/app .
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/hadolint/hadolint/wiki/DL3062
package ferrolint.general.go_install_unpinned

import data.ferrolint.general.lib
import rego.v1

value_opts := {"-C", "-o", "-p", "-tags", "-ldflags", "-gcflags", "-asmflags", "-mod", "-modfile", "-pkgdir", "-overlay", "-pgo", "-exec", "-toolexec", "-buildmode", "-compiler", "-installsuffix", "-gccgoflags"}

floating := {"latest", "upgrade", "patch"}

findings contains {"message": msg, "range": e.cmd.range} if {
	some e in lib.run_cmds
	e.prog == "go"
	pos := lib.positionals(e.args, value_opts)
	pos[0] in {"install", "get", "run"}
	pkgs := packages(pos)
	unpinned := [p | some p in pkgs; not pinned(pos[0], p)]
	count(unpinned) > 0
	msg := sprintf("go %s of a floating version: %s; pin @vX.Y.Z", [pos[0], concat(", ", unpinned)])
}

# go run takes the package first and the program's arguments after it.
packages(pos) := array.slice(pos, 1, 2) if pos[0] == "run"

packages(pos) := array.slice(pos, 1, count(pos)) if pos[0] != "run"

pinned(_, p) if regex.match(`^(\.|/)`, p)

pinned(_, p) if endswith(p, ".go")

pinned(_, p) if lib.unresolved(p)

# A standard-library or main-module path: no domain in its first element.
pinned(_, p) if not contains(split(p, "/")[0], ".")

pinned(sub, p) if {
	sub != "get"
	not floating[version(p)]
}

pinned("get", p) if {
	v := version(p)
	v != ""
	not floating[v]
}

version(p) := v if {
	parts := split(p, "@")
	count(parts) == 2
	v := parts[1]
} else := ""
