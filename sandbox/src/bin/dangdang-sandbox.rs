//! `dangdang-sandbox`: runs the sandbox gateway until Ctrl-C, printing its endpoint and test credentials.

use clap::Parser;
use dangdang_sandbox::Sandbox;

/// A local Dangdang gateway for trying the API without an account: test credentials, a seeded
/// shop, faults on demand (see the admin paths printed at start).
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// Port on 127.0.0.1 (0: any free port).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Seed of the shop's contents.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Orders the shop starts with.
    #[arg(long, default_value_t = 200)]
    orders: usize,
    /// Items the shop starts with.
    #[arg(long, default_value_t = 12)]
    items: usize,
    /// Do not print a line per call.
    #[arg(long)]
    quiet: bool,
}

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    let options = Sandbox::builder().port(args.port).seed(args.seed).orders(args.orders).items(args.items);
    let started = if args.quiet { options.start() } else { Sandbox::start_logging(options) };
    let sandbox = match started {
        Ok(sandbox) => sandbox,
        Err(err) => {
            eprintln!("dangdang-sandbox: cannot start on 127.0.0.1:{}: {err}", args.port);
            return std::process::ExitCode::from(1);
        }
    };
    // The credentials are the sandbox's public test values, printed so callers can use them.
    println!("endpoint:    {}", sandbox.endpoint());
    println!("token url:   {}", sandbox.token_url());
    println!("admin:       {}", sandbox.admin_url());
    println!("app key:     {}", sandbox.app_key());
    println!("app secret:  {}", sandbox.app_secret());
    println!("session:     {}", sandbox.session());
    println!(
        "export DANGDANG_APP_KEY={} DANGDANG_APP_SECRET={} DANGDANG_SESSION={}",
        sandbox.app_key(),
        sandbox.app_secret(),
        sandbox.session()
    );
    println!("(Ctrl-C stops)");
    let waited = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map(|rt| rt.block_on(tokio::signal::ctrl_c()));
    if let Err(err) = waited {
        eprintln!("dangdang-sandbox: cannot wait for Ctrl-C: {err}");
    }
    std::process::ExitCode::SUCCESS
}
