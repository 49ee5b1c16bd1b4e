//! Decoding GBK XML replies into the generated response types, against a raw quick-xml event scan
//! of the same bytes measured in the same run.
//!
//! For each document (see `common`), three measurements over the same GBK bytes:
//! - `typed`: `dangdang_api::decode::typed::<Response>` — GBK → UTF-8, the envelope check, and the
//!   serde/quick-xml deserializer into the generated types (what every generated method does).
//! - `raw_scan` (the baseline): GBK → UTF-8 with the same `encoding_rs` call the client uses, then a
//!   `quick_xml::Reader::from_str` loop that counts events and keeps nothing.
//! - `gbk_decode`: the GBK → UTF-8 step alone, to show its share of both.
//!
//! `cargo bench -p dangdang-api --bench decode`; `benches/summarize.py` turns the results into
//! MB/s and ratios. The GBK documents are also written to `<target>/bench-data/` for
//! `benches/xmltodict_bench.py`.

mod common;
mod prototype;

use std::hint::black_box;

use bytes::Bytes;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dangdang_api::RawBody;
use dangdang_api::decode::typed;
use dangdang_api::items::item_get;
use dangdang_api::orders::{order_details_get, orders_list_get};
use quick_xml::Reader;
use quick_xml::events::Event;
use serde::de::DeserializeOwned;

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
trait Method: DeserializeOwned {
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
        self.item_detail.as_ref().map_or(0, |detail| detail.specila_item_info.len())
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

/// Checks that the direct-event prototype decodes the 20-order page exactly as the typed decode.
fn check_prototype(doc: &Document) {
    let body = RawBody(Bytes::from(doc.gbk.clone()));
    let typed: orders_list_get::Response = typed(orders_list_get::METHOD, &body).expect("decodes");
    let direct = prototype::orders_list(&doc.gbk).expect("the prototype decodes");
    assert_eq!(direct.function_id, typed.function_id);
    assert_eq!(direct.time, typed.time);
    let (t, d) = (typed.total_info.as_ref().expect("totals"), direct.total_info.as_ref().expect("totals"));
    assert_eq!(
        (d.send_goods_order_count, d.need_exchange_order_count, d.order_count, d.total_order_money),
        (t.send_goods_order_count, t.need_exchange_order_count, t.order_count, t.total_order_money)
    );
    assert_eq!((d.page_size, d.page_total, d.current_page), (t.page_size, t.page_total, t.current_page));
    assert_eq!(direct.orders_list.len(), typed.orders_list.len());
    for (d, t) in direct.orders_list.iter().zip(&typed.orders_list) {
        assert_eq!((d.order_id, d.order_money, d.order_time_start), (t.order_id, t.order_money, t.order_time_start));
        assert_eq!(
            (&d.consignee_name, &d.consignee_tel, &d.consignee_mobile_tel),
            (&t.consignee_name, &t.consignee_tel, &t.consignee_mobile_tel)
        );
        assert_eq!(
            (&d.consignee_addr, &d.dangdang_warehouse_addr, &d.send_goods_mode),
            (&t.consignee_addr, &t.dangdang_warehouse_addr, &t.send_goods_mode)
        );
        assert_eq!(
            (d.last_modify_time, &d.order_state, &d.order_status),
            (t.last_modify_time, &t.order_state, &t.order_status)
        );
        assert_eq!(
            (&d.is_courier_receipt_detail, &d.outer_order_id, &d.remark),
            (&t.is_courier_receipt_detail, &t.outer_order_id, &t.remark)
        );
        assert_eq!(
            (&d.label, d.payment_date, &d.order_mode, d.is_presale),
            (&t.label, t.payment_date, &t.order_mode, t.is_presale)
        );
        assert_eq!(
            (d.send_date, &d.original_order_id, &d.encrypt_content),
            (t.send_date, &t.original_order_id, &t.encrypt_content)
        );
    }
}

fn bench_document<T: Method>(c: &mut Criterion, doc: &Document, entries: usize) {
    let body = RawBody(Bytes::from(doc.gbk.clone()));
    let utf8 = encoding_rs::GBK.decode_without_bom_handling_and_without_replacement(&doc.gbk).expect("valid GBK");
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
    group.bench_function("serde_only", |b| b.iter(|| quick_xml::de::from_str::<T>(black_box(&utf8)).expect("decodes")));
    // The untyped path (methods without a response in the spec): GBK, envelope, a generic tree.
    group.bench_function("tree", |b| {
        b.iter(|| dangdang_api::decode::tree(T::METHOD, black_box(&body)).expect("decodes"))
    });
    // A hand-written direct event decoder (what the generator could emit instead of serde derives).
    if doc.name == "orders_list_20_orders" {
        check_prototype(doc);
        group.bench_function("direct_events_prototype", |b| {
            b.iter(|| prototype::orders_list(black_box(&doc.gbk)).expect("decodes"))
        });
    }
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
