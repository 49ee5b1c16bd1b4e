//! Client-side checks from the spec run before any network call and name the parameter and the rule
//! (never the value, which may be personal data): allowed values, list caps, date windows, character
//! counts and numeric ranges, for parameters and for upload elements alike.

mod common;

use dangdang_api::Error;
use dangdang_api::items::{item_price_update, item_stock_update, items_status_update, items_stock_update};
use dangdang_api::orders::{order_receipt_details_get, order_return, orders_list_get};
use dangdang_api::types::{ItemState, ReturnAction};

/// The parameter and rule of an `InvalidParam`, after checking that neither its `Display` nor its
/// `Debug` repeats the value.
fn rule_of<'a>(error: &'a Error, value: &str) -> (&'a str, &'a str) {
    let shown = format!("{error} {error:?}");
    assert!(!shown.contains(value), "the value {value:?} is repeated: {shown}");
    match error {
        Error::InvalidParam { param, rule, .. } => (param, rule),
        other => panic!("expected InvalidParam, got {other:?}"),
    }
}

#[tokio::test]
async fn parameter_checks_fail_before_sending() {
    let (server, client) = common::server_and_client();

    let long_note = "退".repeat(51);
    let request = order_return::Request::new(1, 2, ReturnAction::Defer).memo(long_note.as_str());
    let error = client.order_return(&request).await.unwrap_err();
    assert_eq!(rule_of(&error, long_note.as_str()), ("mo", "at most 50 characters, got 51"));
    let fine = order_return::Request::new(1, 2, ReturnAction::Defer).memo("退".repeat(50));
    assert!(dangdang_api::rt::Call::of(&fine).is_ok(), "50 Chinese characters are allowed");

    let request = order_return::Request::new(1, 2, ReturnAction::AgreeRefund).shipping_amount("50.01".parse().unwrap());
    let error = client.order_return(&request).await.unwrap_err();
    assert_eq!(rule_of(&error, "50.01"), ("shippingAmount", "must be between 0 and 50"));

    let error = client
        .item_price_update(&item_price_update::Request::new().outer_item_id("SKU-1").price("0".parse().unwrap()))
        .await;
    assert_eq!(rule_of(&error.unwrap_err(), "SKU-1").1, "must be between 0.01 and 9999999.99");

    let error = client.item_stock_update(&item_stock_update::Request::new("SKU-1", 1_000_000)).await.unwrap_err();
    assert_eq!(rule_of(&error, "1000000"), ("stk", "must be between 0 and 999999"));

    let error = client.order_receipt_details_get(&order_receipt_details_get::Request::new(1..=101)).await.unwrap_err();
    assert_eq!(rule_of(&error, "1,2,3").1, "at most 100 per call, got 101");
    // A text entry holding the separator would split on the wire: refused, not sent as two ids.
    let request = orders_list_get::Request::new().product_ids(["7001", "7002,7003"]);
    assert_eq!(
        rule_of(&client.orders_list_get(&request).await.unwrap_err(), "7002,7003"),
        ("productID", "at most 2 comma-separated entries, got 3")
    );

    assert!(server.requests().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn upload_element_checks_fail_before_sending() {
    let (server, client) = common::server_and_client();

    let stock = items_stock_update::upload::Document::new(vec![
        items_stock_update::upload::ItemStock::new("SKU-1", 10),
        items_stock_update::upload::ItemStock::new("SKU-2", -1),
    ]);
    let error = client.items_stock_update(&items_stock_update::Request::new(stock)).await.unwrap_err();
    assert_eq!(rule_of(&error, "-1"), ("stockCount", "must be between 0 and 999999"));

    let states = items_status_update::upload::Document::new(vec![items_status_update::upload::ProductInfo::new(
        1900123456,
        ItemState::Other("可销售".into()),
    )]);
    let error = client.items_status_update(&items_status_update::Request::new(states)).await.unwrap_err();
    assert_eq!(rule_of(&error, "可销售"), ("productStatus", "must be one of 上架, 下架"));

    assert!(server.requests().is_empty(), "nothing was sent");
}
