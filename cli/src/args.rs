//! The command line as clap derive structs: global options (credentials, endpoint, verbosity)
//! and one subcommand per tool.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::exit::EXIT_CODES_HELP;

/// Call any Dangdang open-platform method from the shell, walk list methods page by page as JSON
/// Lines, read what the spec says of a method, run a local sandbox gateway.
#[derive(Debug, Parser)]
#[command(name = "dangdang", version, after_help = EXIT_CODES_HELP, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every subcommand takes.
#[derive(Debug, Args)]
pub struct Global {
    /// Gateway URL (default: Dangdang's production gateway). `dangdang sandbox` prints a local one.
    #[arg(long, global = true, env = "DANGDANG_ENDPOINT", value_name = "URL")]
    pub endpoint: Option<String>,
    /// App key (appKey).
    #[arg(long, global = true, env = "DANGDANG_APP_KEY", value_name = "KEY")]
    pub app_key: Option<String>,
    /// App secret: read from the environment only, so it stays out of shell history and `ps`.
    #[arg(skip)]
    pub app_secret: Option<String>,
    /// Session (access token): read from the environment only, like the app secret.
    #[arg(skip)]
    pub session: Option<String>,
    /// Log to stderr: -v pages walked and warnings, -vv each call, its attempts and retries, -vvv
    /// everything (secrets, parameter values and buyer data are never logged).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Call one method and print its reply as JSON (pretty on a terminal, compact when piped).
    ///
    /// A typed method's reply is the library's typed `Response` as JSON: keys are its Rust field
    /// names, numbers are numbers, decimals strings ("12.50"), times their wire text
    /// ("2015-03-20 15:10:50"), codes `{"code": "300", "name": "AwaitingShipment"}` (an unknown
    /// code with "name": null), personal data `[personal]`. An untyped method's reply, or any with
    /// --tree, is JSON of the XML tree: wire names, every value a string, a repeated element an array.
    Call(CallArgs),
    /// Walk every page of a list method, writing one item per line (JSON Lines) to stdout: typed
    /// JSON as `call` prints it for a typed paged method, else (or with --tree) JSON of the tree.
    Pages(PagesArgs),
    /// List the methods of the spec.
    Methods(MethodsArgs),
    /// Show what the spec says of a method: parameters, upload, response, pagination, provenance.
    Describe {
        /// Dotted name, Rust name, legacy URL or legacy script name.
        method: String,
    },
    /// Find the method that replaces a legacy v2 script (URL, `searchOrders.php` or `searchOrders`).
    Legacy {
        /// The legacy URL or script name.
        script: String,
    },
    /// Run a local sandbox gateway (test credentials, a seeded shop, faults on demand).
    Sandbox(dangdang_sandbox::cli::SandboxArgs),
    /// Print a shell completion script (`dangdang completions bash > /etc/bash_completion.d/dangdang`).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// What `call` and `pages` send.
#[derive(Debug, Args)]
pub struct SendArgs {
    /// The method: dotted name (`dangdang.orders.list.get`), Rust name (`orders_list_get`),
    /// legacy URL or legacy script name (`searchOrders.php`).
    pub method: String,
    /// A business parameter by wire name (`--param os=101`), checked against the spec before
    /// sending; repeat for more.
    #[arg(short, long = "param", value_name = "WIRE=VALUE", value_parser = parse_pair)]
    pub params: Vec<(String, String)>,
    /// A parameter the spec does not know, sent as given without checks.
    #[arg(long = "extra", value_name = "WIRE=VALUE", value_parser = parse_pair)]
    pub extra: Vec<(String, String)>,
    /// Print buyer personal data (consignee names, phones, addresses...) instead of `[personal]`.
    #[arg(long)]
    pub show_personal: bool,
}

#[derive(Debug, Args)]
#[command(after_help = EXIT_CODES_HELP)]
pub struct CallArgs {
    #[command(flatten)]
    pub send: SendArgs,
    /// The uploaded document of a multipart method: the children of `<request>` (or a whole
    /// `<request>` document) as XML, or the zip archive of a zip upload.
    #[arg(long, value_name = "FILE", conflicts_with = "document")]
    pub upload: Option<PathBuf>,
    /// The uploaded document as JSON, in the shape the library's typed `upload::Document`
    /// serialises as (Rust field names; codes as their wire code; times `yyyy-MM-dd HH:mm:ss`);
    /// for methods whose upload is a typed XML document.
    #[arg(long, value_name = "FILE.json")]
    pub document: Option<PathBuf>,
    /// Print the reply's decoded XML text as received (personal data needs --show-personal).
    #[arg(long, conflicts_with = "tree")]
    pub raw: bool,
    /// Print JSON of the reply's XML tree (wire names, values as text) even for a typed method.
    #[arg(long)]
    pub tree: bool,
}

#[derive(Debug, Args)]
#[command(after_help = EXIT_CODES_HELP)]
pub struct PagesArgs {
    #[command(flatten)]
    pub send: SendArgs,
    /// Stop after this many pages.
    #[arg(long, value_name = "N")]
    pub max_pages: Option<u32>,
    /// Write each item as JSON of its XML tree (wire names, values as text) even for a typed method.
    #[arg(long)]
    pub tree: bool,
}

#[derive(Debug, Args)]
pub struct MethodsArgs {
    /// Only this group (items, orders, shop, promotions, qa).
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
    /// Only methods whose reply the spec describes (typed in the library).
    #[arg(long)]
    pub typed: bool,
}

/// `wire=value` (the value may contain `=`).
fn parse_pair(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() => Ok((name.trim().to_owned(), value.to_owned())),
        _ => Err("expected WIRE=VALUE, e.g. os=101".to_owned()),
    }
}
