# METADATA
# title: FROM and AS in different case
# description: |
#   `FROM image as build` mixes the case of the keywords; BuildKit's FromAsCasing asks for
#   `FROM ... AS` or `from ... as`.
# custom:
#   id: DF026
#   name: from-as-casing
#   severity: style
#   aliases: [FromAsCasing]
#   fix: Write AS in the case of FROM.
#   examples:
#     bad: |
#       FROM golang:1.26-trixie as build
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM golang:1.26-trixie AS build
#       WORKDIR /src
#       COPY . .
#       RUN CGO_ENABLED=0 go build -o /out/app .
#       FROM gcr.io/distroless/static-debian13:nonroot
#       COPY --from=build /out/app /app
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://docs.docker.com/reference/build-checks/from-as-casing/
package ferrolint.general.from_as_casing

import rego.v1

findings contains f if {
	some s in input.stages
	from := s.instructions[0]
	count(from.args) == 3
	kw := substring(from.original, 0, 4)
	as_word := from.args[1].value
	want := expected(kw)
	as_word != want
	f := {
		"message": sprintf("'%s' does not match the case of '%s': write '%s'", [as_word, kw, want]),
		"range": from.args[1].range,
		"fix": {"description": sprintf("write %s", [want]), "safe": true, "edits": [{"range": from.args[1].range, "new_text": want}]},
	}
}

expected(kw) := "AS" if kw == upper(kw)

expected(kw) := "as" if kw == lower(kw)
