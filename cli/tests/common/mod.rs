//! Runs the built `dangdang` binary against a sandbox started in the test.

#![allow(dead_code)]

use std::process::{Command, Output};

use dangdang_sandbox::Sandbox;

/// A sandbox with a small seeded shop (fast to walk).
pub fn sandbox() -> Sandbox {
    Sandbox::builder().port(0).seed(7).orders(60).items(6).start().expect("the sandbox starts")
}

/// `dangdang ARGS` with the sandbox's endpoint and credentials in the environment.
pub fn run(sandbox: &Sandbox, args: &[&str]) -> Output {
    dangdang()
        .env("DANGDANG_ENDPOINT", sandbox.endpoint())
        .env("DANGDANG_APP_KEY", sandbox.app_key())
        .env("DANGDANG_APP_SECRET", sandbox.app_secret())
        .env("DANGDANG_SESSION", sandbox.session())
        .args(args)
        .output()
        .expect("the binary runs")
}

/// The binary with none of the `DANGDANG_*` variables of the caller's environment.
pub fn dangdang() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_dangdang"));
    for name in ["DANGDANG_ENDPOINT", "DANGDANG_APP_KEY", "DANGDANG_APP_SECRET", "DANGDANG_SESSION", "RUST_LOG"] {
        command.env_remove(name);
    }
    command
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The exit code, with both streams in the message when it is not `expected`.
pub fn assert_code(output: &Output, expected: i32) {
    assert_eq!(
        output.status.code(),
        Some(expected),
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&output.stdout),
        stderr(output)
    );
}
