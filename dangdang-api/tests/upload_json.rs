//! Feature `serde`: an upload document written as JSON (the shape it serialises as) uploads the
//! same XML as the typed document — for documents holding decimals, booleans, code tables, times
//! and caller-built XML — and a JSON document of the wrong shape is refused before sending.

#![cfg(all(feature = "serde", feature = "items", feature = "orders"))]

use dangdang_api::items::{item_add, items_stock_update};
use dangdang_api::orders::{order_goods_send, orders_exchange_return_apply_approve};
use dangdang_api::rt::Method;
use dangdang_api::types::{ItemState, ReturnApprovalStatus};
use dangdang_api::upload_json::document_json;
use dangdang_api::{Decimal, Error, UploadBody, XmlElement};
use serde_json::json;

/// The XML fragment a typed request uploads.
fn uploaded(request: &impl Method) -> String {
    match request.upload().unwrap().unwrap().body {
        UploadBody::Fragment(text) => text,
        other => panic!("not an XML document: {other:?}"),
    }
}

/// The typed request's document through JSON and back: the same XML.
fn round_trip(method: &str, request: &impl Method, document: &impl serde::Serialize) -> serde_json::Value {
    let json = serde_json::to_value(document).unwrap();
    let from_json = document_json(method, json.clone()).expect("a typed document").unwrap();
    assert_eq!(from_json, uploaded(request), "{method}");
    json
}

#[test]
fn documents_with_every_kind_of_value_upload_the_same_xml_from_json() {
    use item_add::upload::{Document, ItemAddInfo, SpecialItemInfo};
    let item = ItemAddInfo {
        item_name: Some("女士连衣裙 <碎花> & 雪纺".into()),
        unit_price: Some(Decimal::new(19_950, 2)),
        vip_price_type: Some(false),
        item_state: Some(ItemState::Delisted),
        outer_item_id: Some("QZ-2015-001".into()),
        special_item_info: vec![SpecialItemInfo { stock_count: Some(7), ..SpecialItemInfo::default() }],
        ..ItemAddInfo::default()
    };
    let document = Document::new(vec![item]);
    let json = round_trip(item_add::METHOD, &item_add::Request::new(document.clone()), &document);
    assert_eq!(json["items_list"][0]["item_state"]["code"], ItemState::Delisted.code());

    let stock = items_stock_update::upload::Document::new(vec![items_stock_update::upload::ItemStock::new("SKU-1", 3)]);
    round_trip(items_stock_update::METHOD, &items_stock_update::Request::new(stock.clone()), &stock);

    use orders_exchange_return_apply_approve::upload::{Document as Approval, OrderInfo};
    let mut approve = OrderInfo::new(5081234567, 300012345, ReturnApprovalStatus::Approved);
    let mut items = XmlElement::new("itemsList");
    items.children.push(XmlElement::new("ItemInfo"));
    approve.items_list = Some(items);
    let approval = Approval::new(vec![approve]);
    let request = orders_exchange_return_apply_approve::Request::new(approval.clone());
    round_trip(orders_exchange_return_apply_approve::METHOD, &request, &approval);
}

#[test]
fn the_short_forms_a_person_writes_are_read_too() {
    // Codes as bare wire codes, decimals as numbers, XML as text, optional fields and lists left out.
    let json = json!({ "orders_list": [{ "order_id": 5081234567_i64, "return_exchange_code": 300012345,
        "return_exchange_orders_appr_status": "1", "items_list": "<itemsList><ItemInfo/></itemsList>" }] });
    let xml = document_json(orders_exchange_return_apply_approve::METHOD, json).unwrap().unwrap();
    assert!(
        xml.contains("<itemsList><ItemInfo/></itemsList>")
            || xml.contains("<itemsList><ItemInfo></ItemInfo></itemsList>"),
        "{xml}"
    );
}

#[test]
fn a_document_of_the_wrong_shape_is_refused_naming_the_field_not_the_value() {
    let cases = [
        (json!({ "orders_list": [{ "order_id": "张三" }] }), "invalid type: string"),
        (json!({ "orders_list": [], "colour": 1 }), "unknown field `colour`"),
        (json!({ "orders_list": [{ "logistics_name": "x" }] }), "missing field"),
    ];
    for (json, expected) in cases {
        match document_json(order_goods_send::METHOD, json.clone()).unwrap() {
            Err(Error::InvalidParam { param, rule, .. }) => {
                assert_eq!(param, "sendGoods");
                assert!(rule.contains(expected), "{json}: {rule}");
                assert!(!rule.contains("张三"), "the value is repeated: {rule}");
            }
            other => panic!("{json}: {other:?}"),
        }
    }
    // The spec's counts are the writer's: more than 50 orders is refused as for a typed call.
    let order = json!({ "order_id": 1, "logistics_name": "x", "logistics_tel": "1", "logistics_order_id": "1" });
    let many = json!({ "orders_list": vec![order; 51] });
    assert!(matches!(document_json(order_goods_send::METHOD, many).unwrap(), Err(Error::InvalidParam { .. })));
}

#[test]
fn methods_without_a_typed_document_are_none() {
    assert!(document_json("dangdang.orders.list.get", json!({})).is_none());
    assert!(document_json("dangdang.items.pics.set", json!({})).is_none(), "a zip archive, not a document");
    assert!(document_json("dangdang.no.such.method", json!({})).is_none());
}
