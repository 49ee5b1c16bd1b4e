//! End-to-end tests of the generated typed trade queries (`sales.TradeQuery.queryWithDetail`,
//! `wms.stockout.Sales.queryWithDetail`, `sales.LogisticsSync.getSyncListExt`) against the fake
//! gateway serving the docs' published examples: the query and body sent, the values decoded.

mod wangdian_common;

use wangdian_api::Error;
use wangdian_api::trade::{
    sales_logistics_sync_get_sync_list_ext, sales_trade_query_query_with_detail, wms_stockout_sales_query_with_detail,
};
use wangdian_common::*;

#[tokio::test]
async fn trade_query_sends_its_window_and_decodes_the_docs_trade() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = sales_trade_query_query_with_detail::METHOD;
    fake.require_pager(method);
    fake.respond(method, WangdianReply::fixture("sales.TradeQuery.queryWithDetail.response.json"));
    let request = sales_trade_query_query_with_detail::Request::new()
        .start_time(time("2023-01-11 14:00:00"))
        .end_time(time("2023-01-11 15:00:00"))
        .page_no(0)
        .page_size(100);
    let reply = client.sales_trade_query_query_with_detail(&request).await.expect("accepted");

    let seen = only_request(&fake);
    assert_eq!(seen.method(), Some(method));
    assert_pager(&seen, Some(("0", "100")));
    assert_eq!(seen.body, r#"[{"end_time":"2023-01-11 15:00:00","start_time":"2023-01-11 14:00:00"}]"#);

    let data = reply.data.as_ref().expect("data");
    assert_eq!(data.total_count, Some(1));
    let order = &data.order[0];
    assert_eq!((order.trade_id, order.trade_no.as_deref()), (Some(1028159), Some("JY202301110027")));
    assert_eq!(order.trade_status.as_ref().map(|status| status.code()), Some("110"));
    // Chinese text, money as decimals (a number and a "0.0000" string), both time encodings.
    assert_eq!(order.logistics_name.as_deref(), Some("wdt_快弟来了"));
    assert_eq!((order.fchecker_name.as_deref(), order.shop_remark.as_deref()), (Some("系统"), Some("ljcs")));
    assert_eq!(
        (order.goods_cost, order.cod_amount, order.package_cost),
        (Some(dec("11")), Some(dec("50")), Some(dec("0")))
    );
    assert_eq!(order.trade_time, Some(time("2023-01-11 00:00:00")));
    assert_eq!(order.consign_time, Some(time("2023-01-11 14:36:01")));
    assert_eq!(order.modified, Some(time("2023-01-11 14:37:00")));
    assert_eq!(order.pay_time, Some(time("2023-01-11 00:00:00")));
    assert_eq!(order.is_sealed, Some(false));
    // Buyer personal data: readable on purpose, redacted in Debug.
    assert_eq!((order.receiver_name.as_deref(), order.receiver_mobile.as_deref()), (Some("zd"), Some("11111")));
    assert_eq!((order.receiver_address.as_deref(), order.pay_account.as_deref()), (Some("1111"), Some("123456789")));
    assert_eq!((order.buyer_nick.as_deref(), order.customer_name.as_deref()), (Some("zd"), Some("zd")));
    assert_redacted(&reply, &["receiver_mobile", "receiver_address", "pay_account", "buyer_nick"], &["123456789"]);

    let line = &order.detail_list[0];
    assert_eq!((line.spec_name.as_deref(), line.prop1.as_deref()), (Some("测试"), Some("杏色")));
    assert_eq!((line.trade_id, line.price), (Some(1028159), Some(dec("10"))));
    assert_eq!(line.modified, Some(time("2023-01-11 14:36:01")));
    assert_eq!(line.created, Some(time("2023-01-11 14:31:12")));
    assert_eq!(line.pay_time, None, "an empty string is unset");
}

#[tokio::test]
async fn trade_query_refuses_the_docs_own_nineteen_day_window_before_sending() {
    // The page's request example spans 19 days, its error example says "不能大于60分钟".
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let request = sales_trade_query_query_with_detail::Request::new()
        .start_time(time("2020-01-01 00:00:00"))
        .end_time(time("2020-01-20 00:00:00"))
        .page_no(0)
        .page_size(100);
    let error = client.sales_trade_query_query_with_detail(&request).await.unwrap_err();
    assert!(matches!(error, Error::InvalidParam { .. }), "{error:?}");
    assert!(fake.requests().is_empty(), "nothing is sent");
}

#[tokio::test]
async fn stockout_query_sends_its_window_and_decodes_the_docs_stockout() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = wms_stockout_sales_query_with_detail::METHOD;
    fake.require_pager(method);
    fake.respond(method, WangdianReply::fixture("wms.stockout.Sales.queryWithDetail.response.json"));
    // The doc's request example: a one-hour window.
    let request = wms_stockout_sales_query_with_detail::Request::new()
        .start_time(time("2019-12-31 00:00:00"))
        .end_time(time("2019-12-31 01:00:00"))
        .page_no(2)
        .page_size(50);
    let reply = client.wms_stockout_sales_query_with_detail(&request).await.expect("accepted");

    let seen = only_request(&fake);
    assert_pager(&seen, Some(("2", "50")));
    let sent: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    assert_eq!(sent, serde_json::Value::Array(fixture_args("wms.stockout.Sales.queryWithDetail.request.json")));

    let data = reply.data.as_ref().expect("data");
    assert_eq!(data.total_count, Some(1));
    let order = &data.order[0];
    assert_eq!(order.order_no.as_deref(), Some("CK202505095"));
    assert_eq!(order.status.as_ref().map(|status| status.code()), Some("110"));
    assert_eq!(
        (order.warehouse_name.as_deref(), order.logistics_name.as_deref()),
        (Some("wdtapi3-test2"), Some("中通0002"))
    );
    assert_eq!(order.pick_group_name.as_deref(), Some("默认"));
    assert_eq!((order.goods_total_amount, order.post_fee), (Some(dec("3")), Some(dec("0"))));
    assert_eq!(order.trade_time, Some(time("2025-05-09 10:59:52")));
    assert_eq!(order.stock_check_time, Some(time("2025-05-09 11:03:48")));
    assert_eq!(order.created, Some(time("2025-05-09 11:02:11")));
    assert_eq!(order.consign_time, Some(time("2025-05-09 11:04:07")));
    assert_eq!(order.modified, Some(time("2025-05-09 11:04:07")));
    assert_eq!((order.receiver_name.as_deref(), order.receiver_mobile.as_deref()), (Some("zd"), Some("18466197764")));
    assert_eq!((order.receiver_address.as_deref(), order.nick_name.as_deref()), (Some("13"), Some("syf")));
    assert_redacted(&reply, &["receiver_name", "receiver_mobile", "nick_name"], &["18466197764"]);

    let line = &order.details_list[0];
    assert_eq!((line.goods_name.as_deref(), line.unit_name.as_deref()), (Some("zd20231108"), Some("辆")));
    assert_eq!(line.sell_price, Some(dec("3")));
    assert_eq!(line.modified_date, Some(time("2025-05-09 11:03:47")));
}

#[tokio::test]
async fn sync_list_sends_the_docs_filter_and_decodes_a_top_level_list() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = sales_logistics_sync_get_sync_list_ext::METHOD;
    fake.require_pager(method);
    fake.respond(method, WangdianReply::fixture("sales.LogisticsSync.getSyncListExt.response.json"));
    let request = sales_logistics_sync_get_sync_list_ext::Request::new()
        .shop_no("fx_test")
        .is_own_platform(true)
        .page_no(0)
        .page_size(10);
    let reply = client.sales_logistics_sync_get_sync_list_ext(&request).await.expect("accepted");

    let seen = only_request(&fake);
    assert_pager(&seen, Some(("0", "10")));
    assert_eq!(seen.body, r#"[{"is_own_platform":true,"shop_no":"fx_test"}]"#);
    assert_eq!(reply.total, Some(1));
    let row = &reply.data[0];
    assert_eq!((row.sync_id, row.trade_id, row.platform_id), (Some(152650), Some(952727), Some(127)));
    assert_eq!((row.tid.as_deref(), row.logistics_no.as_deref()), (Some("ceshi20220922001"), Some("2345676543223")));
    assert_eq!((row.logistics_code.as_deref(), row.logistics_name.as_deref()), (Some("YZBK"), Some("中国邮政")));
    assert_eq!((row.is_part_sync, row.oids.as_deref()), (Some(0), None));
    assert_eq!(row.created, Some(time("2022-09-22 15:15:00")));
}
