//! Decoding GBK XML replies into the generated response types, against a raw quick-xml event scan
//! of the same bytes measured in the same run.
//!
//! For each document (see `common`), three measurements over the same GBK bytes:
//! - `typed`: `dangdang_api::decode::typed::<Response>` — GBK → UTF-8, then one pass over the events
//!   with the generated direct decoders (envelope check included; what every generated method does).
//! - `raw_scan` (the baseline): GBK → UTF-8 with the same `encoding_rs` call the client uses, then a
//!   `quick_xml::Reader::from_str` loop that counts events and keeps nothing.
//! - `gbk_decode`: the GBK → UTF-8 step alone, to show its share of both.
//! - `gbk_scan` (informational, not the baseline): the same event loop directly over the GBK bytes,
//!   without the GBK → UTF-8 step — the floor of a decoder that reads GBK directly, as the typed
//!   decode of a GBK reply does.
//!
//! Criterion's medians come from runs seconds apart on a shared machine; the budget (typed ≥ 0.75
//! of the raw scan) is also measured interleaved ([`interleaved_ratios`]): typed and raw scan
//! alternate in short slices, and the ratio is the median of the per-round ratios. Written to
//! `<target>/bench-results/decode_ratios.json`.
//!
//! `beijing_time/*`: the hand-written `yyyy-MM-dd HH:mm:ss` parser of `BeijingTime::from_str`
//! against chrono's `parse_from_str` with the same format (read into a `NaiveDate`, the date-time
//! type not being re-exported; chrono's parser does the same work either way).
//!
//! `cargo bench -p dangdang-benches --bench decode`; `benches/summarize.py` turns the results into
//! MB/s and ratios. The GBK documents are also written to `<target>/bench-data/` for
//! `benches/xmltodict_bench.py`.

mod common;

use std::hint::black_box;
use std::time::Instant;

use bytes::Bytes;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dangdang_api::BeijingTime;
use dangdang_api::decode::typed;
use dangdang_api::items::item_get;
use dangdang_api::orders::{order_details_get, orders_list_get};
use dangdang_api::rt::NaiveDate;
use dangdang_api::xml_decode::FromXml;
use quick_xml::Reader;
use quick_xml::events::Event;

use common::Document;

/// The baseline: decode GBK to UTF-8, then read every event without keeping anything.
fn raw_scan(gbk: &[u8]) -> usize {
    let text = encoding_rs::GBK.decode_without_bom_handling_and_without_replacement(gbk).expect("valid GBK");
    let mut reader = Reader::from_str(&text);
    let mut events = 0usize;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Eof => return events,
            event => {
                black_box(&event);
                events += 1;
            }
        }
    }
}

/// The same loop over the GBK bytes themselves (informational: what reading GBK directly costs).
fn gbk_scan(gbk: &[u8]) -> usize {
    let mut reader = Reader::from_reader(gbk);
    let mut events = 0usize;
    while !matches!(black_box(reader.read_event().expect("well-formed XML")), Event::Eof) {
        events += 1;
    }
    events
}

fn gbk_decode(gbk: &[u8]) -> usize {
    encoding_rs::GBK.decode_without_bom_handling_and_without_replacement(gbk).expect("valid GBK").len()
}

/// The response type of a document's method, and how many list entries a decoded reply holds
/// (checked once before measuring, so the benchmark decodes what it claims).
trait Method: FromXml {
    const METHOD: &'static str;
    fn entries(&self) -> usize;
}

impl Method for order_details_get::Response {
    const METHOD: &'static str = order_details_get::METHOD;
    fn entries(&self) -> usize {
        self.items_list.len() + self.order_operate_list.len()
    }
}

impl Method for orders_list_get::Response {
    const METHOD: &'static str = orders_list_get::METHOD;
    fn entries(&self) -> usize {
        self.orders_list.len()
    }
}

impl Method for item_get::Response {
    const METHOD: &'static str = item_get::METHOD;
    fn entries(&self) -> usize {
        self.item_detail.as_ref().map_or(0, |detail| detail.special_item_info.len())
    }
}

/// Writes the GBK documents for the Python comparison, with their sizes.
fn write_documents(docs: &[Document]) {
    let dir = common::target_dir().join("bench-data");
    std::fs::create_dir_all(&dir).expect("cannot create bench-data");
    for doc in docs {
        std::fs::write(dir.join(format!("{}.xml", doc.name)), &doc.gbk).expect("cannot write a bench document");
    }
}

fn bench_document<T: Method>(c: &mut Criterion, doc: &Document, entries: usize) {
    let body = dangdang_api::decode::raw_body(Bytes::from(doc.gbk.clone()));
    let decoded: T = typed(T::METHOD, &body).expect("decodes");
    assert_eq!(decoded.entries(), entries, "{}: the typed decode saw the wrong number of entries", doc.name);
    assert!(raw_scan(&doc.gbk) > entries);

    let mut group = c.benchmark_group(format!("decode/{}", doc.name));
    group.throughput(Throughput::BytesDecimal(doc.gbk.len() as u64));
    // What the generated methods do, and the baseline.
    group.bench_function("typed", |b| b.iter(|| typed::<T>(T::METHOD, black_box(&body)).expect("decodes")));
    group.bench_function("raw_scan", |b| b.iter(|| raw_scan(black_box(&doc.gbk))));
    // Where the typed decode's time goes.
    group.bench_function("gbk_decode", |b| b.iter(|| gbk_decode(black_box(&doc.gbk))));
    group.bench_function("gbk_scan", |b| b.iter(|| gbk_scan(black_box(&doc.gbk))));
    // The untyped path (methods without a response in the spec): GBK, envelope, a generic tree.
    group.bench_function("tree", |b| {
        b.iter(|| dangdang_api::decode::tree(T::METHOD, black_box(&body)).expect("decodes"))
    });
    group.finish();
}

/// Seconds per call of `f`, over `calls` calls.
fn seconds_per_call(calls: u32, mut f: impl FnMut() -> usize) -> f64 {
    let start = Instant::now();
    for _ in 0..calls {
        black_box(f());
    }
    start.elapsed().as_secs_f64() / f64::from(calls)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Typed decode and raw scan alternating (which goes first alternates too), each for ~2 ms per
/// round: the median of the per-round throughput ratios typed / raw scan (and gbk scan / raw
/// scan); also the ratio of each side's fastest round, the least disturbed by other load.
fn interleaved_ratios<T: Method>(doc: &Document, rounds: usize) -> serde_json::Value {
    let body = dangdang_api::decode::raw_body(Bytes::from(doc.gbk.clone()));
    let typed_call = || typed::<T>(T::METHOD, black_box(&body)).expect("decodes").entries();
    let raw_call = || raw_scan(black_box(&doc.gbk));
    let gbk_call = || gbk_scan(black_box(&doc.gbk));
    let per_slice = (0.002 / seconds_per_call(20, raw_call)).clamp(1.0, 100_000.0) as u32;
    let (mut typed_ratios, mut gbk_ratios, mut typed_secs, mut raw_secs) = (vec![], vec![], vec![], vec![]);
    for round in 0..rounds {
        let (typed_s, raw_s, gbk_s) = if round % 2 == 0 {
            let t = seconds_per_call(per_slice, typed_call);
            let r = seconds_per_call(per_slice, raw_call);
            (t, r, seconds_per_call(per_slice, gbk_call))
        } else {
            let g = seconds_per_call(per_slice, gbk_call);
            let r = seconds_per_call(per_slice, raw_call);
            (seconds_per_call(per_slice, typed_call), r, g)
        };
        typed_ratios.push(raw_s / typed_s);
        gbk_ratios.push(raw_s / gbk_s);
        typed_secs.push(typed_s);
        raw_secs.push(raw_s);
    }
    let (typed_ratio, gbk_ratio) = (median(typed_ratios.clone()), median(gbk_ratios));
    let fastest = |secs: &[f64]| secs.iter().copied().fold(f64::MAX, f64::min);
    let best_ratio = fastest(&raw_secs) / fastest(&typed_secs);
    let (typed_us, raw_us) = (median(typed_secs) * 1e6, median(raw_secs) * 1e6);
    let spread =
        (typed_ratios.iter().copied().fold(f64::MAX, f64::min), typed_ratios.iter().copied().fold(0.0, f64::max));
    println!(
        "interleaved {}: typed / raw scan {typed_ratio:.3} (rounds {:.3}…{:.3}; fastest rounds {best_ratio:.3}), gbk scan / raw scan {gbk_ratio:.3}; typed {typed_us:.1} µs, raw scan {raw_us:.1} µs",
        doc.name, spread.0, spread.1
    );
    serde_json::json!({
        "document": doc.name, "gbk_bytes": doc.gbk.len(), "rounds": rounds, "calls_per_slice": per_slice,
        "typed_over_raw": typed_ratio, "typed_over_raw_min": spread.0, "typed_over_raw_max": spread.1,
        "typed_over_raw_fastest_rounds": best_ratio, "gbk_scan_over_raw": gbk_ratio, "typed_us": typed_us, "raw_scan_us": raw_us,
    })
}

/// The hand-written `BeijingTime` parser against chrono's, on the same text.
fn beijing_time(c: &mut Criterion) {
    let text = "2015-03-20 15:10:50";
    let mut group = c.benchmark_group("beijing_time");
    group.bench_function("hand_written", |b| b.iter(|| black_box(text).parse::<BeijingTime>().expect("parses")));
    group.bench_function("chrono", |b| {
        b.iter(|| NaiveDate::parse_from_str(black_box(text), "%Y-%m-%d %H:%M:%S").expect("parses"))
    });
    group.finish();
}

fn decode(c: &mut Criterion) {
    let docs = common::documents();
    write_documents(&docs);
    // `DECODE_RATIO_ROUNDS=0` leaves the interleaved ratios out (e.g. to profile one benchmark).
    let rounds = match std::env::var("DECODE_RATIO_ROUNDS") {
        Ok(rounds) => rounds.parse().expect("DECODE_RATIO_ROUNDS is a number"),
        Err(_) if common::measuring() => 101,
        Err(_) => 1,
    };
    let mut ratios = Vec::new();
    for doc in &docs {
        match doc.name {
            "order_details_200_lines" => {
                bench_document::<order_details_get::Response>(c, doc, 2 * common::ORDER_DETAIL_LINES);
                ratios.extend((rounds > 0).then(|| interleaved_ratios::<order_details_get::Response>(doc, rounds)));
            }
            "orders_list_20_orders" => {
                bench_document::<orders_list_get::Response>(c, doc, common::LIST_PAGE_ORDERS);
                ratios.extend((rounds > 0).then(|| interleaved_ratios::<orders_list_get::Response>(doc, rounds)));
            }
            "item_200_skus" => {
                bench_document::<item_get::Response>(c, doc, common::ITEM_SKUS);
                ratios.extend((rounds > 0).then(|| interleaved_ratios::<item_get::Response>(doc, rounds)));
            }
            other => panic!("no decoder for {other}"),
        }
    }
    let out = common::results_dir().join("decode_ratios.json");
    if !ratios.is_empty() {
        std::fs::write(&out, serde_json::to_string_pretty(&ratios).expect("json"))
            .expect("cannot write decode_ratios.json");
    }
    beijing_time(c);
}

criterion_group!(benches, decode);
criterion_main!(benches);
