//! The stateful shop through the real client: honest filters and pages, details matching the list,
//! shipping moving an order to 已发货 (and refusing a wrong state), stock and price updates read back.

mod common;

use std::str::FromStr;

use dangdang_api::items::{
    item_get, item_price_update, item_stock_update, items_list_get, items_price_update, items_stock_update,
};
use dangdang_api::orders::{order_details_get, order_goods_send, orders_list_get};
use dangdang_api::prelude::*;
use dangdang_api::types::{OrderState, SendGoodsResultCode};
use dangdang_api::{BeijingTime, Decimal, Error, StreamExt};
use dangdang_sandbox::shop::state;

fn time(text: &str) -> BeijingTime {
    text.parse().unwrap()
}

#[tokio::test]
async fn state_filter_and_pages_are_honest() {
    let sandbox = common::sandbox(60);
    let client = common::client(&sandbox);
    let expected: Vec<i64> = {
        let shop = sandbox.shop();
        let mut awaiting: Vec<_> = shop.orders.values().filter(|o| o.state == state::AWAITING_SHIPMENT).collect();
        awaiting.sort_by_key(|o| std::cmp::Reverse(o.placed));
        awaiting.iter().map(|o| o.id).collect()
    };
    assert!(expected.len() > 5, "the seed gives enough orders awaiting shipment");
    let request = orders_list_get::Request::new().order_state(OrderState::AwaitingShipment).page_size(5);
    let pages: Vec<_> = request.pages(&client).collect().await;
    let mut seen = Vec::new();
    for (i, page) in pages.into_iter().enumerate() {
        let page = page.unwrap();
        let totals = page.total_info.unwrap();
        assert_eq!(totals.current_page, Some(i as i32 + 1));
        assert_eq!(totals.page_total, Some(expected.len().div_ceil(5) as i32));
        assert_eq!(totals.order_count, Some(expected.len() as i32));
        for order in page.orders_list {
            assert_eq!(order.order_state, Some(OrderState::AwaitingShipment), "a filtered list has only that state");
            seen.push(order.order_id);
        }
    }
    assert_eq!(seen, expected, "every matching order once, newest first");

    let all = client
        .orders_list_get(&orders_list_get::Request::new().order_state(OrderState::All).page_size(20))
        .await
        .unwrap();
    assert_eq!(all.total_info.unwrap().order_count, Some(60));
    let beyond = client.orders_list_get(&orders_list_get::Request::new().page(99)).await.unwrap();
    assert!(beyond.orders_list.is_empty());
}

#[tokio::test]
async fn time_windows_filter_placed_and_modified_times() {
    let sandbox = common::sandbox(40);
    let client = common::client(&sandbox);
    let (start, end) = ("2026-01-04 12:00:00", "2026-01-05 00:00:00");
    let (from, to) = (
        dangdang_sandbox::signature::parse_beijing(start).unwrap(),
        dangdang_sandbox::signature::parse_beijing(end).unwrap(),
    );
    let shop = sandbox.shop();
    let placed = shop.orders.values().filter(|o| o.placed >= from && o.placed <= to).count();
    let modified = shop.orders.values().filter(|o| o.modified >= from && o.modified <= to).count();
    assert!(placed > 0 && placed < 40, "{placed}");
    let by_placed = orders_list_get::Request::new()
        .order_state(OrderState::All)
        .order_time_start(time(start))
        .order_time_end(time(end));
    let reply = client.orders_list_get(&by_placed).await.unwrap();
    assert_eq!(reply.total_info.unwrap().order_count, Some(placed as i32));
    let by_modified = orders_list_get::Request::new()
        .order_state(OrderState::All)
        .last_modify_time_start(time(start))
        .last_modify_time_end(time(end));
    let reply = client.orders_list_get(&by_modified).await.unwrap();
    assert_eq!(reply.total_info.unwrap().order_count, Some(modified as i32));
}

#[tokio::test]
async fn details_match_the_list_and_shipping_changes_state() {
    let sandbox = common::sandbox(30);
    let client = common::client(&sandbox);
    let listed = client
        .orders_list_get(&orders_list_get::Request::new().order_state(OrderState::AwaitingShipment))
        .await
        .unwrap();
    let first = &listed.orders_list[0];
    let id = first.order_id;
    let details = client.order_details_get(&order_details_get::Request::new().order_id(id)).await.unwrap();
    assert_eq!(details.order_id, id);
    assert_eq!(details.order_state, Some(OrderState::AwaitingShipment));
    assert_eq!(details.outer_order_id, first.outer_order_id);
    let lines = &details.items_list;
    assert!(!lines.is_empty());

    let items =
        lines.iter().map(|l| order_goods_send::upload::ItemInfo::new(l.item_id, l.order_count.unwrap())).collect();
    let cancelled = sandbox.shop().orders.values().find(|o| o.state == state::CANCELLED).map(|o| o.id).unwrap();
    let shipment = |order_id, waybill: &str, send_goods_list| order_goods_send::upload::OrderInfo {
        order_id,
        logistics_name: "沙箱快递".into(),
        logistics_tel: "000-000".into(),
        logistics_order_id: waybill.into(),
        send_goods_list,
    };
    let one_line = || vec![order_goods_send::upload::ItemInfo::new(1, 1)];
    let document = order_goods_send::upload::Document::new(vec![
        shipment(id, "SF0001", items),
        shipment(cancelled, "SF0002", one_line()),
        shipment(1, "SF0003", one_line()),
    ]);
    sandbox.clock().advance(chrono::Duration::minutes(3));
    let sent = client.order_goods_send(&order_goods_send::Request::new(document)).await.unwrap();
    let results = sent.result.unwrap().orders_list;
    let codes: Vec<_> = results.iter().map(|r| r.order_oper_code.clone().unwrap()).collect();
    assert_eq!(
        codes,
        [SendGoodsResultCode::Success, SendGoodsResultCode::StateForbidsShipping, SendGoodsResultCode::WrongOrderId]
    );

    let after = client.order_details_get(&order_details_get::Request::new().order_id(id)).await.unwrap();
    assert_eq!(after.order_state, Some(OrderState::Shipped));
    assert_eq!(after.last_modify_time, Some(time("2026-01-05 12:03:00")));
    assert_eq!(after.send_goods_info.unwrap().send_order_id.as_deref(), Some("SF0001"));
    let still = client
        .orders_list_get(&orders_list_get::Request::new().order_state(OrderState::AwaitingShipment).page_size(20))
        .await
        .unwrap();
    assert!(still.orders_list.iter().all(|o| o.order_id != id), "a shipped order leaves the 等待发货 list");

    match client.order_details_get(&order_details_get::Request::new().order_id(42)).await {
        Err(Error::Business { code, .. }) => assert_eq!(code, "35"),
        other => panic!("expected operCode 35, got {other:?}"),
    }
}

#[tokio::test]
async fn stock_and_price_updates_show_in_item_get_and_the_list() {
    let sandbox = common::sandbox(5);
    let client = common::client(&sandbox);
    let item = sandbox.shop().items.values().next().cloned().unwrap();
    let old_price = Decimal::from_str(&item.price.to_string()).unwrap();

    let stock = client.item_stock_update(&item_stock_update::Request::new(item.outer_id.clone(), 77)).await.unwrap();
    assert_eq!(stock.result.unwrap().outer_item_id.as_deref(), Some(item.outer_id.as_str()));
    let detail = client.item_get(&item_get::Request::new(item.id)).await.unwrap().item_detail.unwrap();
    assert_eq!(detail.stock_count, Some(77));

    let cheaper = old_price - Decimal::from_str("1.00").unwrap();
    client
        .item_price_update(&item_price_update::Request::new().outer_item_id(item.outer_id.clone()).price(cheaper))
        .await
        .unwrap();
    let listed =
        client.items_list_get(&items_list_get::Request::new().outer_item_id(item.outer_id.clone())).await.unwrap();
    assert_eq!(listed.items_list.len(), 1);
    assert_eq!(listed.items_list[0].unit_price, Some(cheaper));

    let doubled = (cheaper * Decimal::from(3)).max(Decimal::from(30));
    let refused = client
        .item_price_update(&item_price_update::Request::new().outer_item_id(item.outer_id.clone()).price(doubled))
        .await
        .unwrap();
    assert_eq!(refused.result.unwrap().oper_code.map(|c| c.code().to_string()).as_deref(), Some("403"));

    let batch = items_stock_update::upload::Document::new(vec![
        items_stock_update::upload::ItemStock::new(item.outer_id.clone(), 5),
        items_stock_update::upload::ItemStock::new("NO-SUCH-SKU", 5),
    ]);
    let results = client.items_stock_update(&items_stock_update::Request::new(batch)).await.unwrap().items_id_list;
    assert_eq!(
        results.iter().map(|r| r.oper_code.clone().map(|c| c.code().to_string())).collect::<Vec<_>>(),
        [Some("0".to_string()), Some("22".to_string())]
    );
    let mut entry = items_price_update::upload::ItemPrice::new(item.outer_id.clone());
    entry.unit_price = Some(cheaper - Decimal::from_str("0.50").unwrap());
    let prices = items_price_update::upload::Document::new(vec![entry]);
    client.items_price_update(&items_price_update::Request::new(prices)).await.unwrap();
    let detail = client.item_get(&item_get::Request::new(item.id)).await.unwrap().item_detail.unwrap();
    assert_eq!((detail.stock_count, detail.unit_price), (Some(5), Some(cheaper - Decimal::from_str("0.50").unwrap())));
}
