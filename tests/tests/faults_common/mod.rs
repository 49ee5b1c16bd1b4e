//! Shared set-up of the fault-injection tests (`e2e_faults.rs`, `e2e_faults_transport.rs`): a client
//! with fast retries, fixtures, and assertions that the raw body is kept.

#![allow(dead_code, reason = "each fault test file uses part of these helpers")]

use std::time::Duration;

use dangdang_api::orders::{order_goods_send, orders_list_get};
use dangdang_api::{Client, Error, RawBody};
use dangdang_tests::{Reply, Sandbox};

pub use crate::common::fast_retries;

pub fn start() -> (Sandbox, Client) {
    let server = dangdang_tests::sandbox();
    let client = fast_retries(&server, Duration::from_secs(5));
    (server, client)
}

pub fn gbk(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable, "test text is GBK");
    bytes.into_owned()
}

pub fn fixture_text(name: &str) -> String {
    std::fs::read_to_string(dangdang_tests::fixture_path(name)).unwrap()
}

pub fn xml_200(body: impl Into<Vec<u8>>) -> Reply {
    Reply::raw(200, "text/xml", body)
}

pub async fn list_orders(client: &Client) -> Result<orders_list_get::Response, Error> {
    client.orders_list_get(&orders_list_get::Request::new()).await
}

pub fn assert_raw(raw: &RawBody, expected: &[u8]) {
    assert!(raw.bytes() == expected, "raw body not kept: got {raw:?}, expected {} bytes", expected.len());
}

/// Asserts `Error::Decode` at the document (`.`) of orders.list.get, keeping `body`.
#[track_caller]
pub fn assert_document_decode_error(result: Result<orders_list_get::Response, Error>, body: &[u8]) -> String {
    match result {
        Err(Error::Decode { method, path, message, raw }) => {
            assert_eq!(method, orders_list_get::METHOD);
            assert_eq!(path, ".", "{message}");
            assert_raw(&raw, body);
            message
        }
        other => panic!("expected Error::Decode at `.`, got {other:?}"),
    }
}

#[track_caller]
pub fn assert_charset_error(result: Result<orders_list_get::Response, Error>, body: &[u8]) -> String {
    match result {
        Err(Error::Charset { method, message, raw }) => {
            assert_eq!(method, orders_list_get::METHOD);
            assert_raw(&raw, body);
            message
        }
        other => panic!("expected Error::Charset, got {other:?}"),
    }
}

pub fn one_shipment() -> order_goods_send::Request {
    use order_goods_send::upload::{Document, ItemInfo, OrderInfo};
    order_goods_send::Request::new(Document::new(vec![
        OrderInfo {
            order_id: 5081234567,
            logistics_name: "圆通快递".into(),
            logistics_tel: "95554".into(),
            logistics_order_id: "YT1000000001".into(),
            send_goods_list: vec![ItemInfo::new(1900123456, 1)],
        },
        OrderInfo {
            order_id: 5081234999,
            logistics_name: "圆通快递".into(),
            logistics_tel: "95554".into(),
            logistics_order_id: "YT1000000002".into(),
            send_goods_list: vec![ItemInfo::new(1900999999, 2)],
        },
    ]))
}
