# METADATA
# title: Final stage ships the Rust toolchain
# description: |
#   The image that runs is the final stage, and here it contains rustc and cargo: its
#   base is a Rust toolchain image (rust, cargo-chef, muslrust, rust-musl-cross,
#   rust-musl-builder, Chainguard rust, ...), or it installs or runs the toolchain
#   (cargo build/install/run, rustup), or it is built FROM an earlier stage that does.
#   Such an image weighs 0.7 to 2 GB instead of a few MB, carries the compiler, the
#   registry cache, the sources and target/ into production, and exposes every CVE of a
#   full Debian with build tools. A multi-stage file whose last stage is
#   `FROM builder` has the same problem. Dev images that only `cargo run` or
#   `cargo watch` are toolchain images too; disable the rule for them.
#   Fix: add a runtime stage that copies only the binary out of the builder, e.g.
#   FROM gcr.io/distroless/cc-debian13:nonroot with COPY --from=builder
#   /app/target/release/<bin> /app (or distroless static for musl builds).
# custom:
#   id: RS002
#   name: toolchain-in-runtime
#   severity: error
#   aliases: []
#   fix: Build in a builder stage and COPY --from it only the binary into a distroless or slim runtime stage.
package ferrolint.rust.toolchain_in_runtime

import data.ferrolint.lib.cargo
import data.ferrolint.lib.images
import rego.v1

findings contains {
	"message": concat("", ["final stage ships the Rust toolchain: ", reason, "; build in a separate stage and copy only the binary into a runtime image such as gcr.io/distroless/cc-debian13:nonroot"]),
	"range": cargo.final_stage.from.range,
}

# reason: the first of these that holds, so the final stage gets one finding.
reason := sprintf("its base image %s is a Rust toolchain image", [images.display(root)]) if {
	cargo.final_stage.from.base_stage < 0
	root := cargo.root_ref(cargo.final_stage)
	images.is_toolchain(root)
} else := sprintf("it builds on stage %s, whose base image %s is a Rust toolchain image", [stage_label(cargo.final_stage.from.base_stage), images.display(root)]) if {
	cargo.final_stage.from.base_stage >= 0
	root := cargo.root_ref(cargo.final_stage)
	images.is_toolchain(root)
} else := sprintf("it runs %s (line %d), so rustc and cargo are in the image", [command_text(use.p), use.cmd.range.line]) if {
	uses := [{"cmd": c, "p": p} |
		some instr in cargo.final_stage.instructions
		instr.keyword in {"RUN", "CMD", "ENTRYPOINT"}
		some c in instr.commands
		p := cargo.parse(c)
		cargo.uses_toolchain(p)
	]
	count(uses) > 0
	use := uses[0]
} else := sprintf("it builds on stage %s, which runs %s (line %d)", [stage_label(use.stage), command_text(use.p), use.cmd.range.line]) if {
	uses := [{"stage": s, "cmd": c, "p": p} |
		some s in cargo.final_stage.ancestors
		some instr in input.stages[s].instructions
		instr.keyword in {"RUN", "CMD", "ENTRYPOINT"}
		some c in instr.commands
		p := cargo.parse(c)
		cargo.uses_toolchain(p)
	]
	count(uses) > 0
	use := uses[0]
}

# command_text: the program and, for cargo, its subcommand ("cargo build", "rustup").
command_text(p) := concat(" ", ["cargo", p.sub]) if {
	cargo.is_cargo(p)
	p.sub != ""
}

command_text(p) := "cargo" if {
	cargo.is_cargo(p)
	p.sub == ""
}

command_text(p) := p.program if p.program in {"rustc", "rustup", "rustup-init"}

command_text(p) := "the rustup installer" if not p.program in {"cargo", "rustc", "rustup", "rustup-init"}

stage_label(i) := sprintf("%q", [input.stages[i].name]) if input.stages[i].name != ""

stage_label(i) := sprintf("%d", [i]) if input.stages[i].name == ""
