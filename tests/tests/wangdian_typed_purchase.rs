//! End-to-end tests of the generated typed purchase and after-sales queries
//! (`purchase.PurchaseOrder.queryWithDetail`, `purchase.PurchaseApply.search`,
//! `aftersales.refund.Refund.search`) against the docs' examples.

mod wangdian_common;

use wangdian_api::aftersales::aftersales_refund_refund_search;
use wangdian_api::purchase::{purchase_purchase_apply_search, purchase_purchase_order_query_with_detail};
use wangdian_common::*;

#[tokio::test]
async fn purchase_order_query_sends_the_docs_window_and_decodes_the_order() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = purchase_purchase_order_query_with_detail::METHOD;
    fake.require_pager(method);
    fake.respond(method, WangdianReply::fixture("purchase.PurchaseOrder.queryWithDetail.response.json"));
    let request = purchase_purchase_order_query_with_detail::Request::new()
        .start_time(time("2020-01-01 00:00:00"))
        .end_time(time("2020-01-20 00:00:00"))
        .page_no(0)
        .page_size(40);
    let reply = client.purchase_purchase_order_query_with_detail(&request).await.expect("accepted");

    let seen = only_request(&fake);
    assert_pager(&seen, Some(("0", "40")));
    let sent: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    assert_eq!(sent, serde_json::Value::Array(fixture_args("purchase.PurchaseOrder.queryWithDetail.request.json")));

    let data = reply.data.expect("data");
    assert_eq!(data.total_count, Some(1));
    let order = &data.order[0];
    assert_eq!(
        (order.purchase_no.as_deref(), order.provider_name.as_deref()),
        (Some("RH23011215"), Some("刘子渲供应商"))
    );
    assert_eq!((order.logistics_name.as_deref(), order.goods_count), (Some("未知"), Some(dec("1"))));
    assert_eq!(order.status.as_ref().map(|status| status.code()), Some("20"));
    assert_eq!(order.created, Some(time("2023-01-12 16:22:41")), "epoch milliseconds");
    assert_eq!(order.modified, Some(time("2023-01-12 16:22:41")), "epoch milliseconds");
    assert_eq!(order.expect_arrive_time, Some(time("2023-01-17 16:27:55")), "a string");
    assert_eq!(order.check_time, None, "an empty string is unset");
    let line = &order.detail_list[0];
    assert_eq!((line.spec_name.as_deref(), line.purchase_unit_name.as_deref()), (Some("暂无"), Some("哒哒哒哒哒")));
    assert_eq!((line.num, line.num2, line.purchase_price), (Some(dec("1")), Some(dec("0.3333")), Some(dec("0"))));
    assert_eq!((line.weight, line.stockin_num), (Some(dec("0.2")), Some(dec("0"))));
    assert_eq!((line.created, line.modified), (Some(time("2023-01-12 16:27:55")), Some(time("2023-01-12 16:27:55"))));
}

#[tokio::test]
async fn purchase_apply_search_decodes_the_docs_example_inside_its_envelope() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = purchase_purchase_apply_search::METHOD;
    fake.require_pager(method);
    // The page prints its success example without the envelope (total_count and order_list at the
    // top); its response table (and the reference, §4.12) puts them under `data`.
    fake.respond(method, enveloped("purchase.PurchaseApply.search.response.json"));
    let request = purchase_purchase_apply_search::Request::new()
        .start_time(time("2020-01-01 00:00:00"))
        .end_time(time("2020-01-20 00:00:00"))
        .page_no(0)
        .page_size(10);
    let reply = client.purchase_purchase_apply_search(&request).await.expect("accepted");

    let seen = only_request(&fake);
    assert_pager(&seen, Some(("0", "10")));
    let sent: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    assert_eq!(sent, serde_json::Value::Array(fixture_args("purchase.PurchaseApply.search.request.json")));

    let data = reply.data.expect("data");
    assert_eq!(data.total_count, Some(1));
    let apply = &data.order_list[0];
    assert_eq!(
        (apply.purchase_apply_no.as_deref(), apply.apply_name.as_deref()),
        (Some("POA202212130002"), Some("aaaaa"))
    );
    assert_eq!(apply.status.as_ref().map(|status| status.code()), Some("20"));
    assert_eq!(apply.provider_name.as_deref(), Some("LCTtest11"));
    assert_eq!((apply.created, apply.expected_time), (Some(time("2022-12-13 16:50:02")), None));
    let line = &apply.detail_list[0];
    assert_eq!((line.goods_name.as_deref(), line.spec_name.as_deref()), (Some("测试产品"), Some("测试产品")));
    // Decimal(19,4) quantities published as "1.0000" strings.
    assert_eq!((line.num, line.ref_num, line.stockin_num), (Some(dec("1")), Some(dec("0")), Some(dec("0"))));
}

#[tokio::test]
async fn refund_search_sends_the_docs_window_and_decodes_the_refund() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = aftersales_refund_refund_search::METHOD;
    fake.require_pager(method);
    fake.respond(method, WangdianReply::fixture("aftersales.refund.Refund.search.response.json"));
    let request = aftersales_refund_refund_search::Request::new()
        .modified_from(time("2020-01-01 00:00:00"))
        .modified_to(time("2020-01-20 00:00:00"))
        .page_no(0)
        .page_size(100);
    let reply = client.aftersales_refund_refund_search(&request).await.expect("accepted");

    let seen = only_request(&fake);
    assert_pager(&seen, Some(("0", "100")));
    let sent: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    assert_eq!(sent, serde_json::Value::Array(fixture_args("aftersales.refund.Refund.search.request.json")));

    let data = reply.data.as_ref().expect("data");
    assert_eq!(data.total_count, Some(1));
    let refund = &data.order[0];
    assert_eq!(refund.refund_no.as_deref(), Some("TK2306140001"));
    assert_eq!(refund.refund_type.as_ref().map(|kind| kind.code()), Some("2"));
    assert_eq!(refund.status.as_ref().map(|status| status.code()), Some("30"));
    assert_eq!((refund.return_logistics_name.as_deref(), refund.reason_name.as_deref()), (Some("中通"), Some("无")));
    assert_eq!(
        (refund.return_goods_amount, refund.platform_id),
        (Some(dec("1")), Some(127)),
        "\"127\" read as a number"
    );
    assert_eq!((refund.tmp_data.as_deref(), refund.sync_return), (Some("624"), Some(true)), "624 read as text");
    assert_eq!(refund.modified, Some(time("2023-06-14 11:13:00")), "epoch milliseconds");
    assert_eq!(refund.created, Some(time("2023-06-14 11:05:17")), "epoch milliseconds");
    assert_eq!(refund.modified_date, Some(time("2023-06-14 11:13:00")), "the same instant as a string");
    assert_eq!((refund.refund_time, refund.settle_time), (Some(time("2022-06-08 00:00:00")), None));
    assert_eq!(
        (refund.receiver_name.as_deref(), refund.receiver_telno.as_deref()),
        (Some("Tony"), Some("18621578833"))
    );
    assert_eq!((refund.buyer_nick.as_deref(), refund.customer_name.as_deref()), (Some("lj"), Some("lj")));
    assert_eq!(refund.return_telno.as_deref(), None);
    assert_redacted(
        &reply,
        &["receiver_name", "receiver_telno", "buyer_nick", "customer_name"],
        &["18621578833", "Tony"],
    );
    assert!(refund.amount_detail_list.is_empty());
    let line = &refund.detail_list[0];
    assert_eq!((line.oid.as_deref(), line.is_guarantee), (Some("lj2323823489293842938343422"), Some(true)));
    assert_eq!((line.price, line.modified_date), (Some(dec("1")), Some(time("2023-06-14 11:13:00"))));
}

#[tokio::test]
async fn refund_search_sends_a_buyer_nick_filter_that_debug_does_not_show() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = aftersales_refund_refund_search::METHOD;
    fake.respond(method, WangdianReply::fixture("aftersales.refund.Refund.search.response.json"));
    let request = aftersales_refund_refund_search::Request::new().buyer_nick("张三的店铺号").page_no(0).page_size(1);
    assert!(!format!("{request:?}").contains("张三"), "{request:?}");
    client.aftersales_refund_refund_search(&request).await.expect("accepted");
    assert_eq!(only_request(&fake).body, r#"[{"buyer_nick":"张三的店铺号"}]"#);
}
