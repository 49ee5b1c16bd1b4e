//! End-to-end tests of the generated typed goods and stock queries (`goods.Goods.queryWithSpec`,
//! `wms.StockSpec.search2`) against the docs' examples: nested lists, decimals, both time
//! encodings.

mod wangdian_common;

use serde_json::json;
use wangdian_api::goods::goods_goods_query_with_spec;
use wangdian_api::stock::wms_stock_spec_search2;
use wangdian_common::*;

#[tokio::test]
async fn goods_query_sends_the_docs_filter_and_decodes_goods_with_specs() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = goods_goods_query_with_spec::METHOD;
    fake.require_pager(method);
    fake.respond(method, WangdianReply::fixture("goods.Goods.queryWithSpec.response.json"));
    let request = goods_goods_query_with_spec::Request::new()
        .start_time(time("2020-01-01 00:00:00"))
        .end_time(time("2020-01-20 00:00:00"))
        .hide_deleted(true)
        .page_no(0)
        .page_size(30);
    let reply = client.goods_goods_query_with_spec(&request).await.expect("accepted");

    let seen = only_request(&fake);
    assert_pager(&seen, Some(("0", "30")));
    // The doc's example sends hide_deleted as 1; its table says boolean (the spec sends true).
    assert_eq!(
        seen.body,
        r#"[{"end_time":"2020-01-20 00:00:00","hide_deleted":true,"start_time":"2020-01-01 00:00:00"}]"#
    );
    let sent: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    let published = serde_json::Value::Array(fixture_args("goods.Goods.queryWithSpec.request.json"));
    assert_reproduces(&sent, &published, &[], "body");

    let data = reply.data.expect("data");
    assert_eq!(data.total_count, Some(1));
    let goods = &data.goods_list[0];
    assert_eq!((goods.goods_no.as_deref(), goods.brand_name.as_deref()), (Some("wangdiantong"), Some("发发拉")));
    assert_eq!((goods.class_name.as_deref(), goods.unit_name.as_deref()), (Some("短袖1"), Some("箱")));
    assert_eq!(goods.aux_unit_name.as_deref(), Some("哒哒哒哒哒"));
    assert_eq!((goods.deleted, goods.prop1.as_deref()), (Some(0), None));
    assert_eq!(goods.goods_created, Some(time("2017-08-06 22:01:20")));
    assert_eq!(goods.goods_modified, Some(time("2023-03-09 16:37:42")), "epoch milliseconds");
    assert_eq!(goods.modified, Some(time("2023-03-09 16:37:42")), "the same instant as a string");
    let spec = &goods.spec_list[0];
    assert_eq!((spec.retail_price, spec.weight), (Some(dec("234")), Some(dec("0.2"))));
    // Text is read trimmed (the runtime's `WireValue` contract): the example's "LL " reads "LL".
    assert_eq!((spec.spec_code.as_deref(), spec.prop1.as_deref()), (Some("LL"), Some("自定义属性1")));
    assert_eq!((spec.is_lower_cost, spec.deleted), (Some(false), Some(0)));
    assert_eq!(spec.spec_modified, Some(time("2023-05-11 10:15:14")));
    let barcode = &spec.barcode_list[0];
    assert_eq!((barcode.is_master, barcode.modified), (Some(1), Some(time("2022-08-31 11:18:59"))));
}

#[tokio::test]
async fn stock_search_sends_the_docs_spec_list_and_decodes_the_stock_row() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = wms_stock_spec_search2::METHOD;
    fake.require_pager(method);
    fake.respond(method, WangdianReply::fixture("wms.StockSpec.search2.response.json"));
    let request = wms_stock_spec_search2::Request::new()
        .spec_nos(json!(["test"]))
        .warehouse_no("1002")
        .page_no(1)
        .page_size(1000);
    let reply = client.wms_stock_spec_search2(&request).await.expect("accepted");

    let seen = only_request(&fake);
    assert_pager(&seen, Some(("1", "1000")));
    let sent: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    assert_eq!(sent, serde_json::Value::Array(fixture_args("wms.StockSpec.search2.request.json")));
    assert_eq!(seen.body, r#"[{"spec_nos":["test"],"warehouse_no":"1002"}]"#);

    let data = reply.data.expect("data");
    assert_eq!(data.total_count, Some(1));
    let row = &data.detail_list[0];
    assert_eq!((row.goods_no.as_deref(), row.brand_name.as_deref()), (Some("wangdiantong"), Some("发发拉")));
    assert_eq!(
        (row.warehouse_no.as_deref(), row.warehouse_name.as_deref()),
        (Some("wdtapi3-test"), Some("wdtapi3-test"))
    );
    assert_eq!(
        (row.stock_num, row.available_send_stock, row.num_all),
        (Some(dec("3")), Some(dec("3")), Some(dec("80")))
    );
    assert_eq!((row.weight, row.cost_price), (Some(dec("0.2")), Some(dec("0"))));
    assert_eq!((row.defect, row.status), (Some(true), Some(1)));
    assert_eq!(row.created, Some(time("2023-02-09 18:14:31")), "epoch milliseconds");
    assert_eq!(row.modified, Some(time("2023-04-10 14:09:55")), "epoch milliseconds");
    assert_eq!(row.last_inout_time, Some(time("2023-04-10 14:09:55")), "the same instant as a string");
}

#[tokio::test]
async fn stock_search_checks_its_page_cap_and_window_before_sending() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let too_big = wms_stock_spec_search2::Request::new().page_no(0).page_size(1001);
    let too_wide = wms_stock_spec_search2::Request::new()
        .start_time(time("2023-01-01 00:00:00"))
        .end_time(time("2023-02-01 00:00:01"))
        .page_no(0)
        .page_size(10);
    for request in [too_big, too_wide] {
        let error = client.wms_stock_spec_search2(&request).await.unwrap_err();
        assert!(matches!(error, wangdian_api::Error::InvalidParam { .. }), "{error:?}");
    }
    assert!(fake.requests().is_empty());
}
