//! `dangdang-sandbox`: runs the sandbox gateway until Ctrl-C, printing its endpoint and test credentials.

use clap::Parser;
use dangdang_sandbox::cli::SandboxArgs;

/// A local Dangdang gateway for trying the API without an account.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    #[command(flatten)]
    sandbox: SandboxArgs,
}

fn main() -> std::process::ExitCode {
    Cli::parse().sandbox.run()
}
