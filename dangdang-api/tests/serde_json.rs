//! Feature `serde`: a typed reply as JSON by method name — codes as code plus name (an unknown
//! code keeps its raw value), times as wire text, decimals as strings, personal text as itself
//! unless masked.

#![cfg(feature = "serde")]

use dangdang_api::decode::{decode_items_json, decode_json, raw_body};
use dangdang_api::rt::with_personal_masked;
use dangdang_api::{Error, RawBody};
use serde_json::{Value, json};

/// The reference-doc fixture of `orders.list.get`, sent as the gateway does (GBK).
fn orders_reply() -> RawBody {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/orders_list_get.xml"))
        .expect("the fixture");
    raw_body(encoding_rs::GBK.encode(&text).0.into_owned())
}

#[test]
fn a_typed_reply_serialises_codes_times_and_decimals_as_on_the_wire() {
    let reply = decode_json("dangdang.orders.list.get", &orders_reply()).expect("a typed method").unwrap();
    assert_eq!(reply["time"], "2015-06-01 10:00:05");
    assert_eq!(reply["total_info"]["total_order_money"], "1288.50");
    assert_eq!(reply["total_info"]["order_count"], 2);
    let [first, second] = reply["orders_list"].as_array().expect("the orders").as_slice() else {
        panic!("two orders: {reply}");
    };
    assert_eq!(first["order_id"], 5081234567_i64);
    assert_eq!(first["order_state"], json!({"code": "101", "name": "AwaitingShipment"}));
    assert_eq!(first["order_time_start"], "2015-05-31 22:15:00");
    assert_eq!(first["payment_date"], "2015-05-31 22:16:40");
    assert_eq!(first["order_money"], "1099.00");
    assert_eq!(first["is_presale"], false);
    assert_eq!(first["remark"], serde_json::Value::Null);
    assert_eq!(first["consignee_name"], "张三", "personal text is itself: an ERP stores it");
    assert_eq!(first["consignee_mobile_tel"], "13800138000");
    assert_eq!(second["is_presale"], true);
    assert_eq!(second["order_money"], "189.50");
    // `label` 7 is a code the spec does not know: its raw value, no name.
    assert_eq!(second["label"], json!({"code": "7", "name": null}));
}

#[test]
fn masked_personal_text_is_redacted_everywhere_in_the_reply() {
    let reply = with_personal_masked(|| decode_json("dangdang.orders.list.get", &orders_reply()))
        .expect("a typed method")
        .unwrap();
    let text = reply.to_string();
    for personal in ["张三", "李四", "13800138000", "建国路88号", "世纪大道100号"] {
        assert!(!text.contains(personal), "`{personal}` in {text}");
    }
    assert_eq!(reply["orders_list"][0]["consignee_name"], "[personal]");
    assert_eq!(reply["orders_list"][0]["order_money"], "1099.00", "only personal text is masked");
}

#[test]
fn untyped_and_unknown_methods_have_no_typed_json_and_a_bad_reply_is_a_decode_error() {
    let body = orders_reply();
    assert!(decode_json("dangdang.items.delete", &body).is_none(), "no typed reply in the spec");
    assert!(decode_json("dangdang.no.such.method", &body).is_none());
    let bad = raw_body(b"<?xml version=\"1.0\" encoding=\"GBK\"?><response><totalInfo><orderCount>many</orderCount></totalInfo></response>".to_vec());
    match decode_json("dangdang.orders.list.get", &bad).expect("a typed method") {
        Err(Error::Decode { method, raw, .. }) => {
            assert_eq!(method, "dangdang.orders.list.get");
            assert_eq!(raw, bad, "the raw body is kept");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[test]
fn the_records_of_a_page_serialise_one_by_one_and_only_paged_methods_have_them() {
    let records = decode_items_json("dangdang.orders.list.get", &orders_reply()).expect("a paged method").unwrap();
    let ids: Vec<&Value> = records.iter().map(|order| &order["order_id"]).collect();
    assert_eq!(ids, [&json!(5081234567_i64), &json!(5081234999_i64)]);
    assert_eq!(records[1]["order_state"]["code"], "-100");
    assert!(decode_items_json("dangdang.order.details.get", &orders_reply()).is_none(), "typed but not paged");
}
