# syntax=docker/dockerfile:1
# DF057 is off by default (experimental in BuildKit); this fixture turns it on.
# fixture enable=DF057
# A want comment is a comment line too, the last of its block: the cases below that fire
# would fire without it (testdata/script/opt_in.txtar shows one), those that do not
# have none.
#
# RUST_VERSION the toolchain; the parser directive above is not part of the block.
ARG RUST_VERSION=1.94

# the Debian suite
# want DF057 5-18 "the comment above ARG DEBIAN does not describe it: start it with the name \(`# DEBIAN <description>`\)"
ARG DEBIAN=trixie

# Blank lines do not part a comment from the instruction below it, but a bare # does.
#
# build compiles the release binary
FROM rust:${RUST_VERSION}-slim-${DEBIAN} AS build
# want DF057 5-29 "the comment above ARG PROFILE FEATURES does not describe it: start it with the name \(`# <arg_key> <description>`\)"
ARG PROFILE=release FEATURES
# CARGO_HOME where the registry lives: not a definition, so not judged.
ENV CARGO_HOME=/usr/local/cargo
RUN cargo build --profile "$PROFILE" --locked

# the runtime image
# The stage name is compared in lower case, as BuildKit stores it.
# want DF057 47-54 "the comment above stage runtime does not describe it" DF025 47-54 "stage name Runtime should be lower case"
FROM gcr.io/distroless/cc-debian13:nonroot AS Runtime
COPY --from=build /app/target/release/app /app
ENTRYPOINT ["/app"]
