//! Memory (issue 16, budget 2): the peak RSS (`VmHWM` of `/proc/self/status`) of a process that
//! walks every order of the sandbox shop (the `sync` bench's walk, sequential and concurrent), and
//! of one that receives a 64 MB reply against the default body cap.
//!
//! The bench runs itself as child processes (role in `SYNC_MEMORY_ROLE`): `serve` holds the
//! sandbox (10,000 orders) in its own process, so the walkers' peaks are the client's alone;
//! `walk` walks it and reports its peak; `huge` starts a sandbox answering
//! `dangdang.order.details.get` with a 64 MB body (`Reply::huge`) in process and calls it once (the
//! streamed body's generator keeps 64 KB at a time, so the peak is the client's).
//!
//! `cargo bench -p dangdang-benches --bench sync_memory` writes
//! `<target>/bench-results/sync_memory.json`; `cargo test --benches` runs it on 200 orders.

#[path = "../api/common/mod.rs"]
mod common;
mod walk;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

use dangdang_api::orders::order_details_get;
use dangdang_api::{DEFAULT_MAX_RESPONSE_BYTES, SharedLimits};
use dangdang_sandbox::Reply;

/// The reply of the `huge` role: 64 MB.
const HUGE_BYTES: u64 = 64 * 1024 * 1024;
const ROLE: &str = "SYNC_MEMORY_ROLE";

/// `VmHWM` and `VmRSS` of this process, in kB.
fn memory_kb() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status (Linux)");
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or_else(|| panic!("no {name} in /proc/self/status"))
    };
    (field("VmHWM:"), field("VmRSS:"))
}

fn main() {
    match std::env::var(ROLE).as_deref() {
        Ok("serve") => serve(),
        Ok("walk") => walk_role(),
        Ok("huge") => huge(),
        _ => parent(),
    }
}

/// Child: the sandbox; prints its target on one line, serves until stdin closes.
fn serve() {
    let orders = std::env::var("ORDERS").ok().and_then(|v| v.parse().ok()).expect("ORDERS");
    let (sandbox, target) = walk::start_sandbox(orders);
    println!("{}\t{}\t{}", target.endpoint, target.from, target.until);
    std::io::stdout().flush().expect("stdout");
    let mut rest = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut rest);
    drop(sandbox);
}

/// Child: one walk of the served shop; prints its orders and peak.
fn walk_role() {
    let var = |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("{name} is set by the parent"));
    let target = walk::Target { endpoint: var("ENDPOINT"), from: var("FROM"), until: var("UNTIL") };
    let concurrency: usize = var("CONCURRENCY").parse().expect("a number");
    let (start_peak, _) = memory_kb();
    let runtime = walk::runtime();
    let client = walk::client(&target, &SharedLimits::new());
    let walked = runtime.block_on(walk::sync_walk(&client, &target, concurrency));
    let (peak, rss) = memory_kb();
    let report = serde_json::json!({"orders": walked.orders, "peak_kb_at_start": start_peak, "peak_kb": peak, "rss_kb_at_end": rss});
    println!("{report}");
}

/// Child: one call answered with a 64 MB body; prints the error, the bytes the sandbox handed to
/// the connection and the peak.
fn huge() {
    let (sandbox, target) = walk::start_sandbox(1);
    sandbox.respond(order_details_get::METHOD, Reply::huge(HUGE_BYTES));
    let runtime = walk::runtime();
    let client = walk::client(&target, &SharedLimits::new());
    let (start_peak, _) = memory_kb();
    let request = order_details_get::Request::new().order_id(20_000_000_001);
    let outcome = runtime.block_on(client.send(&request));
    let error = outcome.expect_err("a 64 MB reply is refused at the body cap");
    // The sandbox stops generating once it sees the connection dropped: wait until its count settles.
    let mut sent = sandbox.streamed_bytes();
    for _ in 0..100 {
        std::thread::sleep(std::time::Duration::from_millis(50));
        let now = sandbox.streamed_bytes();
        if now == sent {
            break;
        }
        sent = now;
    }
    let (peak, rss) = memory_kb();
    let report = serde_json::json!({
        "reply_bytes": HUGE_BYTES,
        "body_cap_bytes": DEFAULT_MAX_RESPONSE_BYTES,
        "sandbox_sent_bytes": sandbox.streamed_bytes(),
        "error": error.to_string(),
        "peak_kb_at_start": start_peak,
        "peak_kb": peak,
        "rss_kb_at_end": rss,
    });
    println!("{report}");
}

/// Runs the children, checks and writes the results.
fn parent() {
    let measuring = common::measuring();
    let orders: usize =
        std::env::var("ORDERS").ok().and_then(|v| v.parse().ok()).unwrap_or(if measuring { 10_000 } else { 200 });
    let exe = std::env::current_exe().expect("the bench knows its own path");
    let mut server = Command::new(&exe)
        .env(ROLE, "serve")
        .env("ORDERS", orders.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the sandbox process starts");
    let mut line = String::new();
    BufReader::new(server.stdout.take().expect("piped")).read_line(&mut line).expect("the sandbox prints its target");
    let fields: Vec<&str> = line.trim_end().split('\t').collect();
    let [endpoint, from, until] = fields[..] else { panic!("unexpected sandbox line {line:?}") };

    let child = |role: &str, concurrency: usize| -> serde_json::Value {
        let out = Command::new(&exe)
            .env(ROLE, role)
            .env("ENDPOINT", endpoint)
            .env("FROM", from)
            .env("UNTIL", until)
            .env("CONCURRENCY", concurrency.to_string())
            .output()
            .expect("the child runs");
        assert!(out.status.success(), "{role} failed: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).expect("the child prints JSON")
    };
    let sequential = child("walk", 1);
    let concurrent = child("walk", walk::CONCURRENCY);
    drop(server.stdin.take());
    let _ = server.wait();
    let huge = child("huge", 1);
    for walked in [&sequential, &concurrent] {
        assert_eq!(walked["orders"], orders, "the walk reads every order: {walked}");
    }
    let mb = |value: &serde_json::Value| value.as_u64().unwrap_or_default() as f64 / 1024.0;
    println!("memory: {orders} orders, sandbox in its own process");
    println!(
        "  sync_sequential peak RSS {:.1} MB (at start {:.1} MB)  budget ≤ 64 MB",
        mb(&sequential["peak_kb"]),
        mb(&sequential["peak_kb_at_start"])
    );
    println!(
        "  sync_concurrent peak RSS {:.1} MB (at start {:.1} MB)",
        mb(&concurrent["peak_kb"]),
        mb(&concurrent["peak_kb_at_start"])
    );
    println!(
        "  64 MB reply: peak RSS {:.1} MB, sandbox sent {:.1} MB of {:.0} MB before the client stopped; error: {}",
        mb(&huge["peak_kb"]),
        huge["sandbox_sent_bytes"].as_u64().unwrap_or_default() as f64 / 1048576.0,
        HUGE_BYTES as f64 / 1048576.0,
        huge["error"]
    );
    if !measuring {
        return;
    }
    let json = serde_json::json!({"orders": orders, "concurrency": walk::CONCURRENCY, "sync_sequential": sequential, "sync_concurrent": concurrent, "huge_reply": huge});
    let path = common::results_dir().join("sync_memory.json");
    std::fs::write(&path, serde_json::to_string_pretty(&json).expect("json")).expect("cannot write sync_memory.json");
    println!("  written to {}", path.display());
}
