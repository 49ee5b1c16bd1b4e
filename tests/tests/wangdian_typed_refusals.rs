//! Each typed method's published error example (status ≠ 0) through its generated call: an
//! `Error::Business` with the status and the Chinese message as published, the raw reply kept, no
//! retry. (The examples inside status 0 are per-item failures: `wangdian_typed_push.rs`.)

mod wangdian_common;

use std::fmt::Debug;

use wangdian_api::aftersales::aftersales_refund_refund_search as refund_search;
use wangdian_api::base::{
    setting_logistics_query_logistics, setting_shop_query_shop, setting_warehouse_query_warehouse,
};
use wangdian_api::goods::goods_goods_query_with_spec as goods_query;
use wangdian_api::prelude::*;
use wangdian_api::purchase::{purchase_purchase_apply_search, purchase_purchase_order_query_with_detail};
use wangdian_api::stock::wms_stock_spec_search2;
use wangdian_api::trade::{
    sales_logistics_sync_get_sync_list_ext, sales_stock_sync_calc_stock, sales_trade_query_query_with_detail,
    wms_stockout_sales_query_with_detail,
};
use wangdian_api::{Client, Error, Method};
use wangdian_common::*;

/// Serves `R`'s published error example and asserts the typed call's error reproduces it.
async fn assert_published_refusal<R>(fake: &FakeWangdian, client: &Client, request: R)
where
    R: SendRequest + Sync,
    R::Response: Debug,
{
    let method = <R as Method>::INFO.name;
    let published = fixture_text(&format!("{method}.error.json"));
    let envelope: serde_json::Value = serde_json::from_str(&published).expect("JSON");
    fake.respond(method, WangdianReply::Json(published.clone()));
    let before = fake.requests().len();
    let error = request.send(client).await.expect_err(method);
    let Error::Business { code, message, raw, .. } = &error else { panic!("{method}: {error:?}") };
    assert_eq!(code, &envelope["status"].to_string(), "{method}");
    // The message is read trimmed (queryLogistics publishes "XXXX "); the raw reply keeps it whole.
    assert_eq!(Some(message.as_str()), envelope["message"].as_str().map(str::trim), "{method}");
    assert_eq!(raw.bytes(), published.as_bytes(), "{method}");
    assert!(error.to_string().contains(message.as_str()), "{method}: {error}");
    assert_eq!(fake.requests().len(), before + 1, "{method}: a business refusal is not retried");
}

#[tokio::test]
async fn every_published_refusal_is_a_business_error_from_the_typed_call() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let (start, end) = (time("2023-01-11 14:00:00"), time("2023-01-11 15:00:00"));
    let f = &fake;
    let c = &client;
    assert_published_refusal(f, c, sales_trade_query_query_with_detail::Request::new().page_no(0).page_size(1)).await;
    let stockout = wms_stockout_sales_query_with_detail::Request::new().start_time(start).end_time(end);
    assert_published_refusal(f, c, stockout.page_no(0).page_size(1)).await;
    assert_published_refusal(f, c, sales_logistics_sync_get_sync_list_ext::Request::new().page_no(0).page_size(1))
        .await;
    assert_published_refusal(f, c, sales_stock_sync_calc_stock::Request::new(1, false)).await;
    assert_published_refusal(f, c, setting_logistics_query_logistics::Request::new().page_no(0).page_size(1)).await;
    assert_published_refusal(f, c, setting_shop_query_shop::Request::new().page_no(0).page_size(1)).await;
    assert_published_refusal(f, c, setting_warehouse_query_warehouse::Request::new().page_no(0).page_size(1)).await;
    assert_published_refusal(f, c, goods_query::Request::new().page_no(0).page_size(1)).await;
    assert_published_refusal(f, c, wms_stock_spec_search2::Request::new().page_no(0).page_size(1)).await;
    let order = purchase_purchase_order_query_with_detail::Request::new().start_time(start).end_time(end);
    assert_published_refusal(f, c, order.page_no(0).page_size(1)).await;
    assert_published_refusal(f, c, purchase_purchase_apply_search::Request::new().page_no(0).page_size(1)).await;
    assert_published_refusal(f, c, refund_search::Request::new().page_no(0).page_size(1)).await;
    assert!(fake.requests().iter().all(|request| request.refusal.is_none()), "every request passed the fake's checks");
}
