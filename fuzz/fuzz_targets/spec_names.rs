//! Hostile names, prose and bounds: the bytes drive the spec generator of
//! `codegen/tests/support/hostile_spec.rs` (shared with `cargo test`), and the property there must
//! hold: generation never panics; a rejected spec gets located diagnostics with hints; an accepted
//! spec gives Rust that parses with `syn`, holds no raw identifier nor `gen`, docs that cannot hold
//! a code block, and whole table rows in `docs/methods.md`.
#![no_main]

#[path = "../../codegen/tests/support/hostile_spec.rs"]
mod hostile_spec;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let spec = hostile_spec::spec_from_bytes(data);
    std::hint::black_box(hostile_spec::check_property(&spec));
});
