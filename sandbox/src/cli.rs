//! The command line of the sandbox as a reusable clap [`SandboxArgs`]: the `dangdang-sandbox`
//! binary is `SandboxArgs::run`, and the `dangdang` CLI's `sandbox` subcommand can flatten the
//! same struct and call the same function.

use std::process::ExitCode;

use crate::clock::Clock;
use crate::server::Sandbox;
use crate::signature::parse_beijing;

/// Runs a local Dangdang gateway until Ctrl-C: test credentials, a seeded shop, faults on demand
/// (`POST /sandbox/faults?fault=throttle&next=2`, see the admin paths printed at start).
#[derive(Debug, Clone, clap::Args)]
pub struct SandboxArgs {
    /// Port on 127.0.0.1 (0: any free port).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// Seed of the shop's contents (the same seed and counts give the same shop).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Orders the shop starts with.
    #[arg(long, default_value_t = 200)]
    pub orders: usize,
    /// Items the shop starts with.
    #[arg(long, default_value_t = 12)]
    pub items: usize,
    /// Run the shop on a manual clock standing at this Beijing time (`yyyy-MM-dd HH:mm:ss`), moved
    /// with `POST /sandbox/clock?advance=SECONDS`; default: the system clock.
    #[arg(long, value_name = "TIME", value_parser = parse_clock)]
    pub clock: Option<Clock>,
    /// Do not print a line per call on stderr.
    #[arg(long)]
    pub quiet: bool,
}

fn parse_clock(text: &str) -> Result<Clock, String> {
    parse_beijing(text).map(Clock::manual).ok_or_else(|| format!("`{text}` is not yyyy-MM-dd HH:mm:ss"))
}

impl SandboxArgs {
    /// Starts the sandbox, prints its endpoint and test credentials on stdout, serves until Ctrl-C.
    /// Exit code 1 when it cannot start (the port is taken).
    pub fn run(&self) -> ExitCode {
        let mut options = Sandbox::builder().port(self.port).seed(self.seed).orders(self.orders).items(self.items);
        if let Some(clock) = &self.clock {
            options = options.clock(clock.clone());
        }
        let sandbox = match options.log_calls(!self.quiet).start() {
            Ok(sandbox) => sandbox,
            Err(err) => {
                eprintln!("dangdang sandbox: cannot start on 127.0.0.1:{}: {err}", self.port);
                return ExitCode::from(1);
            }
        };
        print!("{}", banner(&sandbox));
        let waited = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map(|runtime| runtime.block_on(tokio::signal::ctrl_c()));
        if let Err(err) = waited {
            eprintln!("dangdang sandbox: cannot wait for Ctrl-C: {err}");
        }
        ExitCode::SUCCESS
    }
}

/// What the command line prints at start: the URLs and the test credentials (the sandbox's public
/// test values, printed so callers can use them), and an `export` line for the shell.
pub fn banner(sandbox: &Sandbox) -> String {
    let (key, secret, session) = (sandbox.app_key(), sandbox.app_secret(), sandbox.session());
    format!(
        "endpoint:    {}\ntoken url:   {}\nadmin:       {}\napp key:     {key}\napp secret:  {secret}\nsession:     {session}\n\
         export DANGDANG_APP_KEY={key} DANGDANG_APP_SECRET={secret} DANGDANG_SESSION={session} DANGDANG_ENDPOINT={}\n\
         (Ctrl-C stops)\n",
        sandbox.endpoint(),
        sandbox.token_url(),
        sandbox.admin_url(),
        sandbox.endpoint(),
    )
}
