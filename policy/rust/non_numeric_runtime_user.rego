# METADATA
# title: Runtime user is a name, not a UID
# description: |
#   The final stage's effective USER is a name (`USER app`, `USER nonroot`). With
#   `runAsNonRoot: true` and no `runAsUser`, the kubelet cannot tell whether a name is
#   root and refuses to start the pod: "container has runAsNonRoot and image has
#   non-numeric user (app), cannot verify user is non-root" (rust-images.md §6).
#   Informational: Docker runs it fine; a warning with rust.kubernetes: true in
#   .ferrolint.yaml. Not reported for root (RS004's business), for
#   names the image cannot resolve (RS017), or for values that use a variable.
#   Fix: use the numeric UID:GID of that user, e.g. USER 65532:65532 for distroless
#   nonroot, or create the user with a fixed UID (useradd -u 10001) and USER 10001.
# custom:
#   id: RS018
#   name: non-numeric-runtime-user
#   severity: info
#   aliases: [DL3066]
#   fix: Use the user's numeric UID:GID, e.g. USER 65532:65532.
#   examples:
#     bad: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       USER nonroot
#       ENTRYPOINT ["/app"]
#     good: |
#       FROM rust:1.94-slim-trixie AS build
#       WORKDIR /app
#       COPY . .
#       RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release --locked
#
#       FROM gcr.io/distroless/cc-debian13:nonroot
#       COPY --from=build /app/target/release/app /app
#       USER 65532:65532
#       ENTRYPOINT ["/app"]
#   sources:
#     - https://github.com/kubernetes/kubernetes/blob/master/pkg/kubelet/kuberuntime/security_context_others.go
#     - https://github.com/GoogleContainerTools/distroless/blob/main/README.md
#     - https://github.com/hadolint/hadolint/wiki/DL3066
package ferrolint.rust.non_numeric_runtime_user

import data.ferrolint.lib.runtime
import rego.v1

findings contains object.union({
	"message": sprintf("USER %s is a name: Kubernetes with runAsNonRoot cannot verify it is not root and refuses to start the pod (\"image has non-numeric user\"); use its numeric UID:GID%s", [u.value, hint(u.user)]),
	"range": u.range,
}, kubernetes_severity) if {
	u := runtime.final.user
	u != null
	u.user != ""
	not runtime.numeric(u.user)
	not u.user in {"root"}
	not contains(u.value, "$")
	not runtime.passwd_lacks(u.user)
}

hint("nonroot") := ", USER 65532:65532"

hint(name) := " (create it with useradd -u 10001 and write USER 10001)" if name != "nonroot"

# rust.kubernetes in .ferrolint.yaml: the image is for Kubernetes, where a named user
# fails runAsNonRoot, so the finding is a warning.
kubernetes_severity := {"severity": "warning"} if {
	data.ferrolint.config.rust.kubernetes == true
} else := {}
