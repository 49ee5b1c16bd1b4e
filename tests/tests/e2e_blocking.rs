//! End-to-end: the blocking client runs the same cases as the async one, with no runtime in the caller.

mod common;

use dangdang_api::orders::{order_details_get, order_goods_send, orders_list_get};
use dangdang_api::prelude::*;
use dangdang_api::types::{OrderState, SendGoodsResultCode};
use dangdang_api::{Decimal, Error, blocking};
use dangdang_tests::Reply;

fn setup() -> (dangdang_tests::Sandbox, blocking::Client) {
    let (server, client) = common::server_and_client();
    (server, blocking::Client::new(client).unwrap())
}

#[test]
fn orders_list_and_details() {
    let (server, client) = setup();
    server.respond(orders_list_get::METHOD, dangdang_tests::fixture("orders_list_get.xml"));
    server.respond(order_details_get::METHOD, dangdang_tests::fixture("order_details_get.xml"));

    let page =
        orders_list_get::Request::new().order_state(OrderState::AwaitingShipment).send_blocking(&client).unwrap();
    assert_eq!(page.orders_list.len(), 2);
    assert_eq!(page.orders_list[0].order_money, Some("1099.00".parse::<Decimal>().unwrap()));
    assert_eq!(page.orders_list[1].order_state, Some(OrderState::Cancelled));

    let order = order_details_get::Request::new().order_id(5081234567).send_blocking(&client).unwrap();
    assert_eq!(order.items_list[0].item_name.as_deref(), Some("男士羽绒服 军绿"));
    assert!(server.requests().iter().all(|r| r.accepted()));
}

#[test]
fn goods_send_upload() {
    use order_goods_send::upload::{Document, ItemInfo, OrderInfo};
    let (server, client) = setup();
    server.respond(order_goods_send::METHOD, dangdang_tests::fixture("order_goods_send.xml"));
    let shipment = Document::new(vec![OrderInfo {
        order_id: 5081234567,
        logistics_name: "圆通快递".into(),
        logistics_tel: "95554".into(),
        logistics_order_id: "YT1000000001".into(),
        send_goods_list: vec![ItemInfo::new(1900123456, 1)],
    }]);
    let result = order_goods_send::Request::new(shipment).send_blocking(&client).unwrap();
    assert_eq!(result.result.unwrap().orders_list[1].order_oper_code, Some(SendGoodsResultCode::StateForbidsShipping));
    let upload = server.last_request().unwrap().upload.unwrap();
    assert_eq!(upload.field, "sendGoods");
    assert!(upload.text.contains("<logisticsName>圆通快递</logisticsName>"));
}

#[test]
fn error_envelopes_and_client_side_checks() {
    let (server, client) = setup();
    server.respond(orders_list_get::METHOD, Reply::error_response(7, "会话无效"));
    let error = orders_list_get::Request::new().send_blocking(&client).unwrap_err();
    assert!(matches!(error, Error::Gateway { ref code, .. } if code == "7"), "{error:?}");
    let error = orders_list_get::Request::new().page_size(3).send_blocking(&client).unwrap_err();
    assert!(matches!(error, Error::InvalidParam { .. }), "{error:?}");
}

#[test]
fn blocking_pagination_is_an_iterator() {
    let (server, client) = setup();
    let page = |current: i32, ids: &[i64]| {
        let orders: String = ids.iter().map(|id| format!("<OrderInfo><orderID>{id}</orderID></OrderInfo>")).collect();
        Reply::xml(format!(
            r#"<?xml version="1.0" encoding="GBK"?><response><totalInfo><pageTotal>2</pageTotal><currentPage>{current}</currentPage></totalInfo><OrdersList>{orders}</OrdersList></response>"#
        ))
    };
    server.respond_sequence(orders_list_get::METHOD, vec![page(1, &[1, 2]), page(2, &[3])]);
    let ids: Vec<i64> = orders_list_get::Request::new().items_blocking(&client).map(|o| o.unwrap().order_id).collect();
    assert_eq!(ids, [1, 2, 3]);
}
