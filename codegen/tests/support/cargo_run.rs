//! Runs cargo on a copy of generated code, for the slow compile tests.

use std::path::Path;
use std::process::Command;

/// Runs cargo in `dir` with its own `target` directory and warnings denied (rustc and rustdoc);
/// panics with its output when it fails, else returns it.
pub fn cargo(dir: &Path, target: &Path, args: &[&str]) -> String {
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("RUSTFLAGS", "-D warnings")
        .env("RUSTDOCFLAGS", "-D warnings")
        .args(args)
        .output()
        .expect("cargo runs");
    let log = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "cargo {args:?} failed on the generated code:\n{log}");
    log
}
