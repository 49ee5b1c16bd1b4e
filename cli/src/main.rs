//! `dangdang`: the command line of the Dangdang open-platform client (see `dangdang --help`).

mod args;
mod call;
mod catalog;
mod client;
mod exit;
mod json_tree;
mod output;
mod pages;
mod params;
mod resolve;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use crate::args::{Cli, Command, Global};
use crate::exit::Failure;

fn main() -> ExitCode {
    let mut cli = Cli::parse();
    client::read_secrets(&mut cli.global);
    init_tracing(cli.global.verbose);
    let outcome = match &cli.command {
        Command::Sandbox(args) => return args.run(),
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut Cli::command(), "dangdang", &mut std::io::stdout());
            Ok(())
        }
        Command::Methods(args) => catalog::methods(args).and_then(print),
        Command::Describe { method } => catalog::describe(method).and_then(print),
        Command::Legacy { script } => catalog::legacy(script).and_then(print),
        Command::Call(args) => block_on(&cli.global, |global| Box::pin(call::run(global, args))),
        Command::Pages(args) => block_on(&cli.global, |global| Box::pin(pages::run(global, args))),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.report(),
    }
}

type Task<'a> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), Failure>> + 'a>>;

/// Runs an async command on a single-threaded runtime (one call at a time needs no more).
fn block_on<'a>(global: &'a Global, task: impl FnOnce(&'a Global) -> Task<'a>) -> Result<(), Failure> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Internal(format!("cannot start the async runtime: {e}")))?;
    runtime.block_on(task(global))
}

fn print(text: String) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    Ok(out.flush()?)
}

/// Logs to stderr: nothing but errors by default, then info, debug, trace with -v, -vv, -vvv, for
/// every crate that logs through `tracing` (the runtime, hyper's connection pool). The library
/// never logs the secret, the session or parameter values at any level; records of the `log`
/// crate (reqwest's) are not bridged in. `tests/secrets.rs` checks both streams at -vvv.
fn init_tracing(verbose: u8) {
    let level = match verbose {
        0 => tracing::Level::ERROR,
        1 => tracing::Level::INFO,
        2 => tracing::Level::DEBUG,
        _ => tracing::Level::TRACE,
    };
    let _ = tracing_subscriber::fmt()
        .with_max_level(level)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}
