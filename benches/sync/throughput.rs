//! Whole sync (issue 16, budget 1): orders per second walking every order of a seeded sandbox shop
//! (10,000 orders; list pages of 20, then `dangdang.order.details.get` for each order), on loopback.
//!
//! Variants, interleaved round by round in a rotating order:
//! - `sync_sequential`: `dangdang_api::sync::orders` with each order's details read one at a time;
//! - `sync_concurrent`: the same with [`walk::CONCURRENCY`] details calls in flight (`buffered`, so
//!   checkpoints still come after their orders), every call through one shop's shared budget;
//! - `bare_sequential` / `bare_concurrent`: the floor, a bare reqwest loop GETting the same URLs
//!   (the calls the sandbox accepted during a sync walk, re-signed beforehand) without decoding;
//! - `python`: `benches/sync/integrator.py` (requests.Session + xmltodict, sequential) against the
//!   same sandbox, when `<target>/bench-venv` has it (`benches/setup.sh`).
//!
//! Each variant's time in the sandbox's handler is measured too (`Sandbox::handler_time`): the
//! gateway's own cost, which bounds what any client can reach here.
//!
//! `cargo bench -p dangdang-benches --bench sync` measures (ORDERS, default 10000; ROUNDS, default 3)
//! and writes `<target>/bench-results/sync.json`; `cargo test --benches` walks 200 orders once.

#[path = "../api/common/mod.rs"]
mod common;
mod walk;

use std::collections::BTreeMap;
use std::process::Command;
use std::time::Instant;

use dangdang_api::SharedLimits;
use dangdang_sandbox::SandboxConfig;

const VARIANTS: [&str; 5] = ["sync_sequential", "sync_concurrent", "bare_sequential", "bare_concurrent", "python"];

/// One variant's run: seconds, gateway calls, seconds in the sandbox's handler.
#[derive(Debug, Clone, Copy)]
struct Run {
    seconds: f64,
    calls: u64,
    handler_seconds: f64,
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    if n % 2 == 1 { sorted[n / 2] } else { (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0 }
}

/// The Python interpreter of `<target>/bench-venv`, if set up.
fn python() -> Option<std::path::PathBuf> {
    let python = common::target_dir().join("bench-venv/bin/python");
    let ready = Command::new(&python).args(["-c", "import requests, xmltodict"]).output();
    ready.is_ok_and(|out| out.status.success()).then_some(python)
}

/// Runs the Python integrator against `target`; checks it read `orders` orders.
fn run_python(python: &std::path::Path, target: &walk::Target, orders: usize) -> serde_json::Value {
    let config = SandboxConfig::default();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/sync/integrator.py");
    let out = Command::new(python)
        .arg(script)
        .args([&target.endpoint, &config.app_key, &config.app_secret, &config.session, &target.from, &target.until])
        .arg(walk::WINDOW_DAYS.to_string())
        .output()
        .expect("the Python integrator runs");
    assert!(out.status.success(), "integrator.py failed: {}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("integrator.py prints JSON");
    assert_eq!(report["orders"], orders, "the Python integrator must read every order: {report}");
    report
}

fn main() {
    let measuring = common::measuring();
    let orders = env_number("ORDERS", if measuring { 10_000 } else { 200 });
    let rounds = env_number("ROUNDS", if measuring { 3 } else { 1 });
    let (sandbox, target) = walk::start_sandbox(orders);
    let runtime = walk::runtime();
    let client = walk::client(&target, &SharedLimits::new());
    let http = reqwest::Client::new();
    let python = python();
    if python.is_none() {
        eprintln!("sync: no <target>/bench-venv with requests and xmltodict (run benches/setup.sh): python left out");
    }

    // Warm-up, and the calls the bare loops repeat.
    sandbox.clear_requests();
    let expected = runtime.block_on(walk::sync_walk(&client, &target, 1));
    assert_eq!(expected.orders, orders, "the sync walk reads every order of the shop");
    let accepted = sandbox.requests();
    assert!(accepted.iter().all(|r| r.accepted()), "every call of the walk passes the sandbox's checks");
    let list_calls = accepted.iter().filter(|r| r.api_method.as_deref() == Some("dangdang.orders.list.get")).count();

    let mut runs: BTreeMap<&str, Vec<Run>> = BTreeMap::new();
    let mut python_report = serde_json::Value::Null;
    for round in 0..rounds {
        for offset in 0..VARIANTS.len() {
            let name = VARIANTS[(round + offset) % VARIANTS.len()];
            // The bare loops' URLs, signed just before they run (outside the timing).
            let urls = if name.starts_with("bare") { walk::same_urls_of(&sandbox, &accepted) } else { Vec::new() };
            if name == "python" && python.is_none() {
                continue;
            }
            sandbox.clear_requests();
            let (calls_before, handler_before) = sandbox.handler_time();
            let started = Instant::now();
            match name {
                "sync_sequential" | "sync_concurrent" => {
                    let concurrency = if name == "sync_sequential" { 1 } else { walk::CONCURRENCY };
                    let walked = runtime.block_on(walk::sync_walk(&client, &target, concurrency));
                    assert_eq!(walked, expected, "{name} reads the same orders");
                }
                "bare_sequential" | "bare_concurrent" => {
                    let concurrency = if name == "bare_sequential" { 1 } else { walk::CONCURRENCY };
                    std::hint::black_box(runtime.block_on(walk::bare_walk(&http, &urls, concurrency)));
                }
                _ => python_report = run_python(python.as_deref().expect("checked above"), &target, orders),
            }
            let seconds = started.elapsed().as_secs_f64();
            let (calls_after, handler_after) = sandbox.handler_time();
            let run = Run {
                seconds,
                calls: calls_after - calls_before,
                handler_seconds: (handler_after - handler_before).as_secs_f64(),
            };
            println!(
                "  round {round} {name:<16} {:>8.0} orders/s  {:>6} calls  sandbox handler {:>5.1} µs/call ({:.0}% of the wall time)",
                orders as f64 / run.seconds,
                run.calls,
                run.handler_seconds / run.calls.max(1) as f64 * 1e6,
                run.handler_seconds / run.seconds * 100.0
            );
            runs.entry(name).or_default().push(run);
        }
    }
    sandbox.clear_requests();
    report(orders, rounds, list_calls, &runs, python_report, measuring);
}

/// Prints the medians and ratios; when measuring, writes `sync.json`.
fn report(
    orders: usize,
    rounds: usize,
    list_calls: usize,
    runs: &BTreeMap<&str, Vec<Run>>,
    python: serde_json::Value,
    measuring: bool,
) {
    let rate =
        |name: &str| runs.get(name).map(|r| median(&r.iter().map(|r| orders as f64 / r.seconds).collect::<Vec<_>>()));
    // Paired per round: the ratio of two variants measured in the same round.
    let ratio = |fast: &str, slow: &str| match (runs.get(fast), runs.get(slow)) {
        (Some(a), Some(b)) => Some(median(&a.iter().zip(b).map(|(a, b)| b.seconds / a.seconds).collect::<Vec<_>>())),
        _ => None,
    };
    let mut variants = serde_json::Map::new();
    println!(
        "whole sync: {orders} orders, {list_calls} list pages + {orders} details calls per sync walk, {rounds} rounds"
    );
    for name in VARIANTS {
        let Some(all) = runs.get(name) else { continue };
        let handler = median(&all.iter().map(|r| r.handler_seconds / r.calls.max(1) as f64).collect::<Vec<_>>());
        let share = median(&all.iter().map(|r| r.handler_seconds / r.seconds).collect::<Vec<_>>());
        let per_second = rate(name).unwrap_or_default();
        println!(
            "  {name:<16} {per_second:>8.0} orders/s (median)  sandbox handler {:.1} µs/call, {:.0}% of the wall time",
            handler * 1e6,
            share * 100.0
        );
        variants.insert(
            name.to_owned(),
            serde_json::json!({
                "orders_per_s": per_second.round(),
                "seconds": all.iter().map(|r| r.seconds).collect::<Vec<_>>(),
                "calls": all[0].calls,
                "sandbox_handler_us_per_call": handler * 1e6,
                "sandbox_handler_share_of_wall": share,
            }),
        );
    }
    let ratios = serde_json::json!({
        "sync_sequential_vs_python": ratio("sync_sequential", "python"),
        "sync_concurrent_vs_python": ratio("sync_concurrent", "python"),
        "sync_sequential_vs_bare_sequential": ratio("sync_sequential", "bare_sequential"),
        "sync_concurrent_vs_bare_concurrent": ratio("sync_concurrent", "bare_concurrent"),
    });
    println!("  ratios (median of per-round ratios; budgets: ≥ 20× python sequential, ≥ 50× concurrent): {ratios}");
    if !measuring {
        return;
    }
    let json = serde_json::json!({
        "orders": orders,
        "rounds": rounds,
        "list_calls_per_sync_walk": list_calls,
        "concurrency": walk::CONCURRENCY,
        "window_days": walk::WINDOW_DAYS,
        "variants": variants,
        "ratios": ratios,
        "python": python,
    });
    let path = common::results_dir().join("sync.json");
    std::fs::write(&path, serde_json::to_string_pretty(&json).expect("json")).expect("cannot write sync.json");
    println!("  written to {}", path.display());
}
