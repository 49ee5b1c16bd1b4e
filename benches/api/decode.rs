//! Decoding GBK XML replies into the generated response types, against a raw quick-xml event scan
//! of the same bytes measured in the same run.
//!
//! For each document (see `common`), three measurements over the same GBK bytes:
//! - `typed`: `dangdang_api::decode::typed::<Response>` — GBK → UTF-8, then one pass over the events
//!   with the generated direct decoders (envelope check included; what every generated method does).
//! - `raw_scan` (the baseline): GBK → UTF-8 with the same `encoding_rs` call the client uses, then a
//!   `quick_xml::Reader::from_str` loop that counts events and keeps nothing.
//! - `gbk_decode`: the GBK → UTF-8 step alone, to show its share of both.
//!
//! `cargo bench -p dangdang-benches --bench decode`; `benches/summarize.py` turns the results into
//! MB/s and ratios. The GBK documents are also written to `<target>/bench-data/` for
//! `benches/xmltodict_bench.py`.

mod common;

use std::hint::black_box;

use bytes::Bytes;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dangdang_api::decode::typed;
use dangdang_api::items::item_get;
use dangdang_api::orders::{order_details_get, orders_list_get};
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
    // The untyped path (methods without a response in the spec): GBK, envelope, a generic tree.
    group.bench_function("tree", |b| {
        b.iter(|| dangdang_api::decode::tree(T::METHOD, black_box(&body)).expect("decodes"))
    });
    group.finish();
}

fn decode(c: &mut Criterion) {
    let docs = common::documents();
    write_documents(&docs);
    for doc in &docs {
        match doc.name {
            "order_details_200_lines" => {
                bench_document::<order_details_get::Response>(c, doc, 2 * common::ORDER_DETAIL_LINES)
            }
            "orders_list_20_orders" => bench_document::<orders_list_get::Response>(c, doc, common::LIST_PAGE_ORDERS),
            "item_200_skus" => bench_document::<item_get::Response>(c, doc, common::ITEM_SKUS),
            other => panic!("no decoder for {other}"),
        }
    }
}

criterion_group!(benches, decode);
criterion_main!(benches);
