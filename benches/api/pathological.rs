//! Decoding hostile reply shapes, in MB/s against the normal 20-order page measured in the same run:
//! every shape must decode at least 1/5 as fast (issue 9: decoding time is linear in the reply's
//! size for every shape).
//!
//! Shapes (each within `dangdang_api::limits`, so each is decoded to the end, not refused early):
//! one element with `MAX_NODES - 2` (~50k) attributes, subtrees nested to `MAX_DEPTH` repeated, ~50k tiny elements,
//! `MAX_ITEMS` empty records, as many one-record sibling lists, and 1M entity references in a
//! text. Each is decoded typed (`dangdang.orders.list.get`; unknown elements skipped) and as a tree,
//! through `dangdang_api::decode` as the generated methods do; the baseline is the fixture-based
//! 20-order page, typed and tree.
//!
//! `cargo bench -p dangdang-benches --bench pathological`, then
//! `python3 benches/pathological_summary.py target` for the MB/s and ratios (BENCHMARKS.md).

mod common;
#[path = "../../tests/tests/hostile_shapes/mod.rs"]
mod hostile_shapes;

use std::hint::black_box;
use std::time::Duration;

use bytes::Bytes;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dangdang_api::decode;
use dangdang_api::limits::{MAX_DEPTH, MAX_ITEMS, MAX_NODES};
use dangdang_api::orders::orders_list_get::{METHOD, Response};
use hostile_shapes::{one_element_with_attributes, orders_page, repeated, response_of_depth};

/// The shapes, by benchmark id.
fn shapes() -> Vec<(&'static str, Vec<u8>)> {
    let normal = common::documents().into_iter().find(|doc| doc.name == "orders_list_20_orders").expect("the page");
    let subtree = String::from_utf8(response_of_depth(MAX_DEPTH - 1)).unwrap().replace("response>", "x>");
    vec![
        ("normal_orders_page", normal.gbk),
        ("attributes_50k", one_element_with_attributes("x", MAX_NODES - 2)),
        ("deep_to_limit", repeated("<response>", &subtree, (MAX_NODES - 1) / (MAX_DEPTH - 1), "</response>")),
        ("tiny_elements_50k", repeated("<response>", "<a/>", MAX_NODES - 1, "</response>")),
        // Records hold only their orderID, which the reply requires (issue 12).
        ("empty_records_10k", orders_page("<OrderInfo><orderID>1</orderID></OrderInfo>", MAX_ITEMS)),
        (
            "sibling_lists_10k",
            repeated(
                "<response>",
                "<OrdersList><OrderInfo><orderID>1</orderID></OrderInfo></OrdersList>",
                MAX_ITEMS,
                "</response>",
            ),
        ),
        ("entity_refs_1m", repeated("<response><functionID>", "&amp;", 1_000_000, "</functionID></response>")),
    ]
}

fn pathological(c: &mut Criterion) {
    for (name, body) in shapes() {
        let body = dangdang_api::decode::raw_body(Bytes::from(body));
        // Each shape decodes to the end (typed and tree), so the time is that of the whole body.
        decode::typed::<Response>(METHOD, &body).unwrap_or_else(|error| panic!("{name}: {error}"));
        decode::tree(METHOD, &body).unwrap_or_else(|error| panic!("{name}: {error}"));
        let mut group = c.benchmark_group(format!("pathological/{name}"));
        group.throughput(Throughput::BytesDecimal(body.bytes().len() as u64));
        group.sample_size(20).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
        group.bench_function("typed", |b| b.iter(|| decode::typed::<Response>(METHOD, black_box(&body))));
        group.bench_function("tree", |b| b.iter(|| decode::tree(METHOD, black_box(&body))));
        group.finish();
    }
}

criterion_group!(benches, pathological);
criterion_main!(benches);
