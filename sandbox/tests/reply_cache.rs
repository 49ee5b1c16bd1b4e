//! Replies of read methods are reused only while nothing changed: the same call in the same second
//! gets the same bytes; a write through the gateway, a change through `with_shop` or the clock's
//! next second gets a fresh reply. Details are found by id (exactly as written) or outer id.

mod common;

use dangdang_api::orders::order_details_get;
use dangdang_api::types::OrderState;
use dangdang_sandbox::Sandbox;
use dangdang_sandbox::shop::state;

/// The body of a signed GET of `method` with `business`.
async fn body(sandbox: &Sandbox, method: &str, business: &[(&str, &str)]) -> Vec<u8> {
    let url = format!("{}?{}", sandbox.endpoint(), sandbox.signed_query(method, business));
    reqwest::get(url).await.unwrap().bytes().await.unwrap().to_vec()
}

fn awaiting(sandbox: &Sandbox) -> i64 {
    sandbox.shop().orders.values().find(|o| o.state == state::AWAITING_SHIPMENT).map(|o| o.id).unwrap()
}

#[tokio::test]
async fn a_read_is_reused_until_the_shop_or_the_second_changes() {
    let sandbox = common::sandbox(20);
    let id = awaiting(&sandbox).to_string();
    let details = [("o", id.as_str())];
    let first = body(&sandbox, order_details_get::METHOD, &details).await;
    assert_eq!(body(&sandbox, order_details_get::METHOD, &details).await, first, "the same call, the same bytes");

    sandbox.with_shop(|shop| shop.orders.values_mut().for_each(|o| o.state = state::CANCELLED));
    let changed = body(&sandbox, order_details_get::METHOD, &details).await;
    assert_ne!(changed, first, "a change through with_shop shows at once");
    assert!(String::from_utf8_lossy(&changed).contains("<orderState>-100</orderState>"));

    sandbox.clock().advance(chrono::Duration::seconds(1));
    let later = body(&sandbox, order_details_get::METHOD, &details).await;
    assert!(
        String::from_utf8_lossy(&later).contains("<time>2026-01-05 12:00:01</time>"),
        "the next second renders anew"
    );
}

#[tokio::test]
async fn a_write_through_the_gateway_shows_in_the_next_read_of_the_same_second() {
    let sandbox = common::sandbox(20);
    let client = common::client(&sandbox);
    let id = awaiting(&sandbox);
    let request = order_details_get::Request::new().order_id(id);
    let before = client.order_details_get(&request).await.unwrap();
    assert_eq!(before.order_state, Some(OrderState::AwaitingShipment));
    let lines = before.items_list;
    let items = lines
        .iter()
        .map(|l| dangdang_api::orders::order_goods_send::upload::ItemInfo::new(l.item_id, l.order_count.unwrap()))
        .collect();
    let shipment = dangdang_api::orders::order_goods_send::upload::OrderInfo {
        order_id: id,
        logistics_name: "沙箱快递".into(),
        logistics_tel: "000-000".into(),
        logistics_order_id: "SF0001".into(),
        send_goods_list: items,
    };
    let document = dangdang_api::orders::order_goods_send::upload::Document::new(vec![shipment]);
    let request = dangdang_api::orders::order_goods_send::Request::new(document);
    client.order_goods_send(&request).await.unwrap();
    let after = client.order_details_get(&order_details_get::Request::new().order_id(id)).await.unwrap();
    assert_eq!(after.order_state, Some(OrderState::Shipped), "the clock did not move");
}

#[tokio::test]
async fn details_are_found_by_exact_id_or_outer_id() {
    let sandbox = common::sandbox(20);
    let order = sandbox.shop().orders.values().nth(3).cloned().unwrap();
    let found = format!("<orderID>{}</orderID>", order.id);
    assert!(details_text(&sandbox, "o", &order.id.to_string()).await.contains(&found));
    assert!(details_text(&sandbox, "outerOrderID", &order.outer_id).await.contains(&found));
    for wrong in [format!("0{}", order.id), format!("+{}", order.id), "1".to_owned()] {
        let reply = details_text(&sandbox, "o", &wrong).await;
        assert!(reply.contains("35") && !reply.contains(&found), "`{wrong}` names no order: {reply}");
    }
}

async fn details_text(sandbox: &Sandbox, name: &str, value: &str) -> String {
    String::from_utf8_lossy(&body(sandbox, order_details_get::METHOD, &[(name, value)]).await).into_owned()
}
