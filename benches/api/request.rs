//! Request overhead: end-to-end calls per second through `Client` against the loopback fake
//! gateway, against a bare reqwest GET loop fetching the same bytes from the same server.
//!
//! Two replies, each measured on its own: the 20-order `dangdang.orders.list.get` page of `common`
//! (14 KB), and one order's details, `dangdang.order.details.get` with the fixture
//! `tests/fixtures/order_details_get.xml` as is (one order, one line: 3.3 KB of GBK; issue 16's
//! per-call budget is about such a small reply). Three loops per reply, one call at a time, on a
//! current-thread tokio runtime (the fake gateway runs on its own thread and runtime):
//! - `bare_reqwest`: `reqwest::Client::new()` GETs a URL signed once per round by
//!   `Sandbox::signed_query` (same method and business parameters) and reads the body.
//! - `client_raw`: `Client::execute(Call::of(&request))` — signing with a fresh timestamp, GBK
//!   parameter encoding, the retry/rate-limit wrapper, tracing span, size-capped body read.
//! - `client_typed`: the generated method (`Client::orders_list_get`, `Client::order_details_get`)
//!   — all of the above plus the typed decode.
//!
//! Before measuring, the bench checks that all three receive the same bytes. The loops are
//! interleaved: each round runs every loop for the same number of calls, in a rotating order, and
//! ratios are taken per round (paired), then the median over rounds, so drifting background load
//! affects both sides alike. Per loop it records the wall time and the CPU time of the calling
//! thread (`/proc/thread-self/schedstat`, nanoseconds; the server's thread is not counted), and
//! per round it also times `decode::typed` alone on the same bytes. Three per-call figures, each
//! relative to the bare GET's wall time in the same round:
//! - `typed_wall_overhead`: (typed − bare) wall time / bare wall time — what a caller waits for
//!   on loopback, where the server's work overlaps the client's;
//! - `client_cpu_over_bare`: (typed − bare) CPU time of the calling thread / bare wall time — the
//!   client's own CPU per call (signing, encoding, its wrapper, body checks, decoding): issue 16's
//!   budget 4, ≤ 10%;
//! - `decode_over_bare`: the typed decode alone / bare wall time;
//! - `gbk_event_scan_over_bare`: a bare quick-xml event loop over the same GBK bytes / bare wall
//!   time: the floor of any decoder that reads the reply's XML.
//!
//! `cargo bench -p dangdang-benches --bench request` measures and writes
//! `<target>/bench-results/request.json`; without `--bench` (`cargo test --benches`) it only runs a
//! few calls of each loop as a smoke test.

mod common;

use std::time::Instant;

use bytes::Bytes;
use dangdang_api::Client;
use dangdang_api::decode::{raw_body, typed};
use dangdang_api::orders::{order_details_get, orders_list_get};
use dangdang_api::rt::Call;
use dangdang_api::types::OrderState;
use dangdang_tests::{Reply, Sandbox, fixture_path};

const VARIANTS: [&str; 3] = ["bare_reqwest", "client_raw", "client_typed"];

/// The reply being fetched: the list page or one order's details.
#[derive(Clone, Copy, PartialEq)]
enum Served {
    ListPage,
    OrderDetails,
}

struct Bench {
    server: Sandbox,
    client: Client,
    bare: reqwest::Client,
    list: orders_list_get::Request,
    details: order_details_get::Request,
}

/// Wall and calling-thread CPU time of one loop.
#[derive(Clone, Copy)]
struct Spent {
    wall: f64,
    cpu: f64,
}

/// Nanoseconds the calling thread has run on a CPU (Linux; the first field of schedstat).
fn thread_cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").expect("/proc/thread-self/schedstat (Linux)");
    let nanos: u64 = stat.split_whitespace().next().and_then(|n| n.parse().ok()).expect("schedstat's first field");
    nanos as f64 / 1e9
}

impl Bench {
    fn call_of(&self, reply: Served) -> Call {
        match reply {
            Served::ListPage => Call::of(&self.list),
            Served::OrderDetails => Call::of(&self.details),
        }
        .expect("valid request")
    }

    fn signed_url(&self, reply: Served) -> String {
        let call = self.call_of(reply);
        let business: Vec<(&str, &str)> =
            call.params.iter().map(|(name, value)| (name.as_ref(), value.as_str())).collect();
        format!("{}?{}", self.server.endpoint(), self.server.signed_query(call.method(), &business))
    }

    /// One call of `variant`; returns the body length (or the number of entries for a typed call).
    async fn call(&self, reply: Served, variant: usize, url: &str) -> usize {
        match (variant, reply) {
            (0, _) => {
                let response = self.bare.get(url).send().await.expect("bare GET");
                assert!(response.status().is_success());
                response.bytes().await.expect("bare body").len()
            }
            (1, _) => self.client.execute(self.call_of(reply)).await.expect("raw call").bytes().len(),
            (_, Served::ListPage) => {
                self.client.orders_list_get(&self.list).await.expect("typed call").orders_list.len()
            }
            (_, Served::OrderDetails) => {
                self.client.order_details_get(&self.details).await.expect("typed call").items_list.len()
            }
        }
    }

    async fn run(&self, reply: Served, variant: usize, calls: usize) -> Spent {
        let url = self.signed_url(reply);
        let (started, cpu) = (Instant::now(), thread_cpu_seconds());
        for _ in 0..calls {
            std::hint::black_box(self.call(reply, variant, &url).await);
        }
        Spent { wall: started.elapsed().as_secs_f64(), cpu: thread_cpu_seconds() - cpu }
    }
}

/// Seconds per typed decode of `gbk` alone, over `calls` decodes.
fn decode_alone(reply: Served, gbk: &Bytes, calls: usize) -> f64 {
    let body = raw_body(gbk.clone());
    let started = Instant::now();
    for _ in 0..calls {
        let entries = match reply {
            Served::ListPage => {
                typed::<orders_list_get::Response>(orders_list_get::METHOD, &body).map(|r| r.orders_list.len())
            }
            Served::OrderDetails => {
                typed::<order_details_get::Response>(order_details_get::METHOD, &body).map(|r| r.items_list.len())
            }
        };
        std::hint::black_box(entries.expect("decodes"));
    }
    started.elapsed().as_secs_f64() / calls as f64
}

/// Seconds per quick-xml event loop over `gbk` alone (no transcoding, nothing kept): the least any
/// XML decoder of this reply must spend.
fn scan_alone(gbk: &[u8], calls: usize) -> f64 {
    let started = Instant::now();
    for _ in 0..calls {
        let mut reader = quick_xml::Reader::from_reader(gbk);
        let mut events = 0usize;
        while !matches!(std::hint::black_box(reader.read_event().expect("well-formed")), quick_xml::events::Event::Eof)
        {
            events += 1;
        }
        std::hint::black_box(events);
    }
    started.elapsed().as_secs_f64() / calls as f64
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 { values[n / 2] } else { (values[n / 2 - 1] + values[n / 2]) / 2.0 }
}

/// Median, min and max of per-round values.
fn spread(mut values: Vec<f64>) -> serde_json::Value {
    let mid = median(&mut values);
    serde_json::json!({"median": mid, "min": values[0], "max": values[values.len() - 1]})
}

/// Measures one reply: interleaved rounds of the three loops and of the decode alone.
fn measure(
    bench: &Bench,
    runtime: &tokio::runtime::Runtime,
    reply: Served,
    name: &str,
    gbk: &Bytes,
    (rounds, calls, warmup): (usize, usize, usize),
) -> serde_json::Value {
    runtime.block_on(async {
        // All three fetch the same bytes, the served document.
        let url = bench.signed_url(reply);
        let bare = bench.bare.get(&url).send().await.expect("bare GET").bytes().await.expect("bare body");
        let raw = bench.client.execute(bench.call_of(reply)).await.expect("raw call");
        assert_eq!(bare, gbk, "{name}: the bare GET must get the served document, not an error");
        assert_eq!(raw.bytes(), gbk.as_ref(), "{name}: the client must get the served document");
        assert!(bench.call(reply, 2, &url).await > 0, "{name}: the typed call decodes entries");
        for variant in 0..VARIANTS.len() {
            bench.run(reply, variant, warmup).await;
        }
    });
    let mut spent: Vec<Vec<Spent>> = vec![Vec::with_capacity(rounds); VARIANTS.len()];
    let (mut decode, mut scan) = (Vec::with_capacity(rounds), Vec::with_capacity(rounds));
    for round in 0..rounds {
        for offset in 0..VARIANTS.len() + 2 {
            match (round + offset) % (VARIANTS.len() + 2) {
                3 => decode.push(decode_alone(reply, gbk, calls)),
                4 => scan.push(scan_alone(gbk, calls)),
                variant => spent[variant].push(runtime.block_on(bench.run(reply, variant, calls))),
            }
        }
    }
    let per_call = |variant: usize, round: usize| spent[variant][round].wall / calls as f64;
    let cpu_per_call = |variant: usize, round: usize| spent[variant][round].cpu / calls as f64;
    let per_round = |f: &dyn Fn(usize) -> f64| (0..rounds).map(f).collect::<Vec<f64>>();
    let raw_wall = per_round(&|r| per_call(1, r) / per_call(0, r) - 1.0);
    let typed_wall = per_round(&|r| per_call(2, r) / per_call(0, r) - 1.0);
    let raw_cpu = per_round(&|r| (cpu_per_call(1, r) - cpu_per_call(0, r)) / per_call(0, r));
    let typed_cpu = per_round(&|r| (cpu_per_call(2, r) - cpu_per_call(0, r)) / per_call(0, r));
    let decode_ratio = per_round(&|r| decode[r] / per_call(0, r));
    let scan_ratio = per_round(&|r| scan[r] / per_call(0, r));
    let micros = |values: Vec<f64>| median(&mut values.into_iter().map(|s| s * 1e6).collect::<Vec<_>>());

    println!("{name}: {rounds} interleaved rounds x {calls} calls per loop, {} bytes per reply", gbk.len());
    let mut loops = serde_json::Map::new();
    for (variant, loop_name) in VARIANTS.iter().enumerate() {
        let wall = micros(per_round(&|r| per_call(variant, r)));
        let cpu = micros(per_round(&|r| cpu_per_call(variant, r)));
        println!(
            "  {loop_name:<13} {:>8.0} calls/s  (median {wall:.1} µs/call, calling thread's CPU {cpu:.1} µs/call)",
            1e6 / wall
        );
        loops.insert(
            loop_name.to_string(),
            serde_json::json!({"wall_us": wall, "thread_cpu_us": cpu, "calls_per_second": (1e6 / wall).round()}),
        );
    }
    let decode_us = micros(decode.clone());
    let figures = serde_json::json!({
        "raw_wall_overhead": spread(raw_wall),
        "typed_wall_overhead": spread(typed_wall),
        "raw_cpu_over_bare": spread(raw_cpu),
        "client_cpu_over_bare": spread(typed_cpu),
        "decode_over_bare": spread(decode_ratio),
        "gbk_event_scan_over_bare": spread(scan_ratio),
    });
    for (key, label) in [
        ("raw_wall_overhead", "client_raw   wall time vs bare"),
        ("typed_wall_overhead", "client_typed wall time vs bare"),
        ("raw_cpu_over_bare", "client_raw   extra CPU / bare wall"),
        ("client_cpu_over_bare", "client_typed extra CPU / bare wall (budget 4: <= 10%)"),
        ("decode_over_bare", "typed decode alone / bare wall"),
        ("gbk_event_scan_over_bare", "quick-xml event loop over the GBK bytes alone / bare wall"),
    ] {
        let f = &figures[key];
        let pct = |v: &serde_json::Value| v.as_f64().unwrap_or(f64::NAN) * 100.0;
        println!(
            "  {label}: {:+.1}% (median of rounds; range {:+.1}% .. {:+.1}%)",
            pct(&f["median"]),
            pct(&f["min"]),
            pct(&f["max"])
        );
    }
    let scan_us = micros(scan.clone());
    println!("  typed decode alone: {decode_us:.1} µs; event loop alone: {scan_us:.1} µs");
    // `calls_per_second` and `overhead_vs_bare` as `benches/summarize.py` reads them.
    let calls_per_second: serde_json::Map<_, _> =
        loops.iter().map(|(name, figures)| (name.clone(), figures["calls_per_second"].clone())).collect();
    serde_json::json!({
        "document": name, "reply_bytes": gbk.len(), "rounds": rounds, "calls_per_round": calls,
        "calls_per_second": calls_per_second,
        "overhead_vs_bare": {"client_raw": figures["raw_wall_overhead"], "client_typed": figures["typed_wall_overhead"]},
        "loops": loops, "decode_alone_us": decode_us, "gbk_event_scan_alone_us": scan_us, "per_call": figures,
    })
}

fn main() {
    let measuring = common::measuring();
    let settings = |calls| if measuring { (25, calls, 500) } else { (1, 5, 2) };

    let page = common::orders_list_page();
    let details_text = std::fs::read_to_string(fixture_path("order_details_get.xml")).expect("order details fixture");
    let (details_gbk, _, unmappable) = encoding_rs::GBK.encode(&details_text);
    assert!(!unmappable);
    let server = dangdang_tests::sandbox();
    server.respond(orders_list_get::METHOD, Reply::Xml(page.text.clone()));
    server.respond(order_details_get::METHOD, Reply::Xml(details_text.clone()));
    let config = server.config().clone();
    let client = Client::builder(config.app_key, config.app_secret, config.session)
        .endpoint(server.endpoint())
        .build()
        .expect("client");
    let list = orders_list_get::Request::new().order_state(OrderState::AwaitingShipment).page_size(20);
    let details = order_details_get::Request::new().order_id(5_081_234_567);
    let bench = Bench { server, client, bare: reqwest::Client::new(), list, details };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");

    let mut results =
        measure(&bench, &runtime, Served::ListPage, page.name, &Bytes::from(page.gbk.clone()), settings(400));
    let details = measure(
        &bench,
        &runtime,
        Served::OrderDetails,
        "order_details_one_order",
        &Bytes::from(details_gbk.into_owned()),
        settings(400),
    );
    // The list page's figures stay at the top (the layout `benches/summarize.py` reads).
    results["small_reply"] = details;
    let accepted = bench.server.requests().iter().filter(|r| r.accepted()).count();
    assert_eq!(accepted, bench.server.requests().len(), "every request must pass the fake's checks");
    if !measuring {
        return;
    }
    let path = common::results_dir().join("request.json");
    std::fs::write(&path, serde_json::to_string_pretty(&results).expect("json")).expect("cannot write request.json");
    println!("written to {}", path.display());
}
