//! Request overhead: end-to-end calls per second through `Client` against the loopback fake
//! gateway, against a bare reqwest GET loop fetching the same bytes from the same server.
//!
//! Three loops, one call at a time, on a current-thread tokio runtime (the fake gateway runs on its
//! own thread and runtime), over the 20-order `dangdang.orders.list.get` page of `common`:
//! - `bare_reqwest`: `reqwest::Client::new()` GETs a URL signed once per round by
//!   `Sandbox::signed_query` (same method and business parameters) and reads the body.
//! - `client_raw`: `Client::execute(Call::of(&request))` — signing with a fresh timestamp, GBK
//!   parameter encoding, the retry/rate-limit wrapper, tracing span, size-capped body read.
//! - `client_typed`: `Client::orders_list_get` — all of the above plus the typed decode.
//!
//! Before measuring, the bench checks that all three receive the same bytes, equal to the GBK
//! document of the decode bench. The loops are interleaved: each round runs every loop for the
//! same number of calls, in a rotating order, and the overhead is taken per round (paired) and then
//! the median over rounds, so drifting background load affects both sides alike.
//!
//! `cargo bench -p dangdang-benches --bench request` measures and writes
//! `<target>/bench-results/request.json`; without `--bench` (`cargo test --benches`) it only runs a
//! few calls of each loop as a smoke test.

mod common;

use std::time::{Duration, Instant};

use dangdang_api::Client;
use dangdang_api::orders::orders_list_get;
use dangdang_api::types::OrderState;
use dangdang_tests::{Reply, Sandbox};

const VARIANTS: [&str; 3] = ["bare_reqwest", "client_raw", "client_typed"];

struct Bench {
    server: Sandbox,
    client: Client,
    bare: reqwest::Client,
    request: orders_list_get::Request,
}

impl Bench {
    fn signed_url(&self) -> String {
        let call = dangdang_api::rt::Call::of(&self.request).expect("valid request");
        let business: Vec<(&str, &str)> =
            call.params.iter().map(|(name, value)| (name.as_ref(), value.as_str())).collect();
        format!("{}?{}", self.server.endpoint(), self.server.signed_query(orders_list_get::METHOD, &business))
    }

    /// One call of `variant`; returns the body length (or the number of orders for the typed call).
    async fn call(&self, variant: usize, url: &str) -> usize {
        match variant {
            0 => {
                let response = self.bare.get(url).send().await.expect("bare GET");
                assert!(response.status().is_success());
                response.bytes().await.expect("bare body").len()
            }
            1 => self
                .client
                .execute(dangdang_api::rt::Call::of(&self.request).expect("valid request"))
                .await
                .expect("raw call")
                .bytes()
                .len(),
            _ => self.client.orders_list_get(&self.request).await.expect("typed call").orders_list.len(),
        }
    }

    async fn run(&self, variant: usize, calls: usize) -> Duration {
        let url = self.signed_url();
        let started = Instant::now();
        for _ in 0..calls {
            std::hint::black_box(self.call(variant, &url).await);
        }
        started.elapsed()
    }
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 { values[n / 2] } else { (values[n / 2 - 1] + values[n / 2]) / 2.0 }
}

fn main() {
    let measuring = common::measuring();
    let (rounds, calls, warmup) = if measuring { (25, 400, 500) } else { (1, 5, 2) };

    let doc = common::orders_list_page();
    let server = dangdang_tests::sandbox();
    server.respond(orders_list_get::METHOD, Reply::Xml(doc.text.clone()));
    let config = server.config().clone();
    let client = Client::builder(config.app_key, config.app_secret, config.session)
        .endpoint(server.endpoint())
        .build()
        .expect("client");
    let request = orders_list_get::Request::new().order_state(OrderState::AwaitingShipment).page_size(20);
    let bench = Bench { server, client, bare: reqwest::Client::new(), request };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");

    runtime.block_on(async {
        // Both sides fetch the same bytes: the GBK page of the decode bench.
        let url = bench.signed_url();
        let bare = bench.bare.get(&url).send().await.expect("bare GET").bytes().await.expect("bare body");
        let raw = bench
            .client
            .execute(dangdang_api::rt::Call::of(&bench.request).expect("valid request"))
            .await
            .expect("raw call");
        assert_eq!(bare.as_ref(), doc.gbk.as_slice(), "the bare GET must get the served page, not an error");
        assert_eq!(raw.bytes(), doc.gbk.as_slice(), "the client must get the served page");
        assert_eq!(bench.call(2, &url).await, common::LIST_PAGE_ORDERS);
        for variant in 0..VARIANTS.len() {
            bench.run(variant, warmup).await;
        }
    });

    // seconds per call, per variant and round
    let mut per_call = vec![Vec::with_capacity(rounds); VARIANTS.len()];
    for round in 0..rounds {
        for offset in 0..VARIANTS.len() {
            let variant = (round + offset) % VARIANTS.len();
            let elapsed = runtime.block_on(bench.run(variant, calls));
            per_call[variant].push(elapsed.as_secs_f64() / calls as f64);
        }
    }
    let accepted = bench.server.requests().iter().filter(|r| r.accepted()).count();
    let total = bench.server.requests().len();
    assert_eq!(accepted, total, "every request must pass the fake's checks");

    let mut calls_per_second: Vec<f64> =
        per_call.iter().map(|v| median(&mut v.iter().map(|s| 1.0 / s).collect::<Vec<_>>())).collect();
    let overhead = |variant: usize| {
        let mut ratios: Vec<f64> = (0..rounds).map(|r| per_call[variant][r] / per_call[0][r] - 1.0).collect();
        let mid = median(&mut ratios);
        (mid, ratios[0], ratios[rounds - 1])
    };
    let (raw_overhead, raw_min, raw_max) = overhead(1);
    let (typed_overhead, typed_min, typed_max) = overhead(2);

    println!(
        "request overhead: {rounds} interleaved rounds x {calls} calls per loop, {} bytes per reply",
        doc.gbk.len()
    );
    for (variant, name) in VARIANTS.iter().enumerate() {
        let mut micros: Vec<f64> = per_call[variant].iter().map(|s| s * 1e6).collect();
        println!(
            "  {name:<13} {:>8.0} calls/s  (median {:.1} µs/call)",
            calls_per_second[variant],
            median(&mut micros)
        );
    }
    println!(
        "  client_raw   overhead vs bare: {:+.1}% (median of rounds; range {:+.1}% .. {:+.1}%)",
        raw_overhead * 100.0,
        raw_min * 100.0,
        raw_max * 100.0
    );
    println!(
        "  client_typed overhead vs bare: {:+.1}% (median of rounds; range {:+.1}% .. {:+.1}%)  budget <= 10%",
        typed_overhead * 100.0,
        typed_min * 100.0,
        typed_max * 100.0
    );
    if !measuring {
        return;
    }
    calls_per_second.iter_mut().for_each(|v| *v = v.round());
    let json = serde_json::json!({
        "document": doc.name,
        "reply_bytes": doc.gbk.len(),
        "rounds": rounds,
        "calls_per_round": calls,
        "calls_per_second": VARIANTS.iter().zip(&calls_per_second).map(|(n, v)| (n.to_string(), serde_json::json!(v))).collect::<serde_json::Map<_, _>>(),
        "overhead_vs_bare": {
            "client_raw": {"median": raw_overhead, "min": raw_min, "max": raw_max},
            "client_typed": {"median": typed_overhead, "min": typed_min, "max": typed_max},
        },
    });
    let path = common::results_dir().join("request.json");
    std::fs::write(&path, serde_json::to_string_pretty(&json).expect("json")).expect("cannot write request.json");
    println!("  written to {}", path.display());
}
