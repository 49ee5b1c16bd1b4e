//! End-to-end tests of the generated typed writes of the trade group that push data into the ERP
//! (`sales.RawTrade.pushSelf2`, `sales.LogisticsSync.update`): the body built from typed
//! arguments reproduces the doc's example, and per-item failures inside status 0 come back typed.

mod wangdian_common;

use wangdian_api::trade::{sales_logistics_sync_update, sales_raw_trade_push_self2};
use wangdian_api::{Error, Personal};
use wangdian_common::*;

use sales_raw_trade_push_self2::{RawTrade, RawTradeOrder};

/// The doc's example trade, from typed values.
fn docs_trade() -> RawTrade {
    let mut trade = RawTrade::new(
        "tid-aqyYHjEldp",
        10,
        30,
        0,
        2,
        2,
        dec("6"),
        2,
        time("2020-03-20 18:24:37"),
        "test_openapi",
        "receiver_name",
        "北京 北京市 朝阳区",
        "春天街道春天花园小区1号楼1单元101",
        "15612340987",
        dec("2"),
        dec("1"),
        dec("17.6"),
        1,
        false,
        // Required by the doc's table ("非自流转订单传入空字符串即可"), left out of its example.
        "",
    );
    trade.other_amount = Some(dec("5.2"));
    trade.platform_cost = Some(dec("0"));
    trade.pay_time = Some(time("2020-03-20 18:24:37"));
    trade.end_time = Some(time("2020-03-20 18:24:37"));
    trade.buyer_message = Some(Personal::new("test_openapi"));
    trade.buyer_email = Some(Personal::new("test_openapi@gmail.com"));
    trade.buyer_area = Some(Personal::new("test_area"));
    trade.receiver_zip = Some(Personal::new("014500"));
    trade.receiver_telno = Some(Personal::new("02288888888"));
    (trade.invoice_type, trade.logistics_type, trade.consign_interval) = (Some(0), Some(-1), Some(0));
    trade.remark_flag = Some(0);
    trade
}

/// The doc's example line `index` (0 or 1; the second also states `share_amount`).
fn docs_line(index: u32) -> RawTradeOrder {
    // More than two required fields: built as a struct literal (issue 12), every field named.
    let mut line = RawTradeOrder {
        tid: "tid-aqyYHjEldp".into(),
        oid: format!("tid-aqyYHjEldp-{index}"),
        status: 30,
        refund_status: 0,
        goods_id: format!("openapi_gid-{index}"),
        spec_id: format!("openapi_sid-{index}"),
        goods_no: format!("api_gno-{index}"),
        spec_no: format!("api_sno-{index}"),
        goods_name: format!("api_gname-{index}"),
        num: dec("3"),
        price: dec("2.5"),
        discount: dec("0.5"),
        share_discount: dec("0.2"),
        total_amount: dec("9"),
        adjust_amount: dec("2"),
        refund_amount: dec("0"),
        remark: String::new(),
        json: String::new(),
        ..Default::default()
    };
    line.spec_name = Some(format!("api_sname-{index}"));
    line.order_type = Some(0);
    line.share_amount = (index == 1).then(|| dec("8.8"));
    line
}

fn docs_push() -> sales_raw_trade_push_self2::Request {
    sales_raw_trade_push_self2::Request::new("test", vec![docs_trade()], vec![docs_line(0), docs_line(1)])
}

#[tokio::test]
async fn push_self2_sends_the_docs_trade_from_typed_values_and_decodes_the_counts() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = sales_raw_trade_push_self2::METHOD;
    fake.respond(method, WangdianReply::fixture("sales.RawTrade.pushSelf2.response.json"));
    let reply = client.sales_raw_trade_push_self2(&docs_push()).await.expect("accepted");

    let seen = only_request(&fake);
    assert_pager(&seen, None);
    let sent: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    let published = serde_json::Value::Array(fixture_args("sales.RawTrade.pushSelf2.request.json"));
    assert_reproduces(&sent, &published, &["warehouse_no"], "body");
    // Chinese text is sent unescaped, times as `yyyy-MM-dd HH:mm:ss`, money as JSON numbers.
    assert!(seen.body.contains(r#""receiver_area":"北京 北京市 朝阳区""#), "{}", seen.body);
    assert_eq!(sent[1][0]["trade_time"], "2020-03-20 18:24:37");
    assert_eq!((sent[1][0]["receivable"].as_f64(), sent[2][1]["share_amount"].as_f64()), (Some(17.6), Some(8.8)));
    assert_eq!(sent[0], "test");

    let data = reply.data.as_ref().expect("data");
    assert_eq!((data.chg_count, data.new_count, data.error_list.len()), (Some(2), Some(0), 0));
    // The request keeps the buyer's data readable for sending and out of Debug.
    let debug = format!("{:?}", docs_push());
    assert!(!debug.contains("15612340987") && !debug.contains("春天街道"), "{debug}");
}

#[tokio::test]
async fn push_self2_per_trade_failures_inside_status_zero_are_typed() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    fake.respond(sales_raw_trade_push_self2::METHOD, WangdianReply::fixture("sales.RawTrade.pushSelf2.error.json"));
    let reply = client.sales_raw_trade_push_self2(&docs_push()).await.expect("status 0 is a success");
    let data = reply.data.expect("data");
    assert_eq!((data.chg_count, data.new_count), (Some(0), Some(1)));
    let [failure] = data.error_list.as_slice() else { panic!("{:?}", data.error_list) };
    assert_eq!((failure.no.as_deref(), failure.error.as_deref()), (Some("ceshi20230109002"), Some("XXXXXXXXX")));
}

#[tokio::test]
async fn push_self2_checks_typed_values_before_sending() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let mut request = docs_push();
    request.raw_trade_list[0].tid = "长".repeat(41);
    let error = client.sales_raw_trade_push_self2(&request).await.unwrap_err();
    assert!(matches!(&error, Error::InvalidParam { .. }), "{error:?}");
    assert!(fake.requests().is_empty());
}

#[tokio::test]
async fn logistics_sync_update_sends_the_docs_list_and_decodes_an_empty_list() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = sales_logistics_sync_update::METHOD;
    fake.respond(method, WangdianReply::fixture("sales.LogisticsSync.update.response.json"));
    let mut result = sales_logistics_sync_update::LogisticsSyncResult::new(88950, 0);
    result.error_msg = Some(String::new());
    let request = sales_logistics_sync_update::Request::new(vec![result]);
    let reply = client.sales_logistics_sync_update(&request).await.expect("accepted");

    let seen = only_request(&fake);
    assert_pager(&seen, None);
    let sent: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    let published = serde_json::Value::Array(fixture_args("sales.LogisticsSync.update.request.json"));
    assert_reproduces(&sent, &published, &[], "body");
    assert_eq!(seen.body, r#"[[{"error_msg":"","status":0,"sync_id":88950}]]"#);
    assert!(reply.data.is_empty());
}

#[tokio::test]
async fn logistics_sync_update_error_strings_inside_status_zero_are_typed() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = sales_logistics_sync_update::METHOD;
    fake.respond(method, WangdianReply::fixture("sales.LogisticsSync.update.error.json"));
    let mut failed = sales_logistics_sync_update::LogisticsSyncResult::new(88950, -100);
    failed.error_msg = Some("运单号不存在".into());
    let reply = client
        .sales_logistics_sync_update(&sales_logistics_sync_update::Request::new(vec![failed]))
        .await
        .expect("status 0 is a success");
    assert_eq!(reply.data, ["同步结果状态为空!"]);
    assert_eq!(only_request(&fake).body, r#"[[{"error_msg":"运单号不存在","status":-100,"sync_id":88950}]]"#);

    // A status outside the doc's 0 / -100 / 2 is refused before sending.
    let unknown = sales_logistics_sync_update::LogisticsSyncResult::new(88950, 1);
    let error = client.sales_logistics_sync_update(&sales_logistics_sync_update::Request::new(vec![unknown])).await;
    assert!(matches!(&error, Err(Error::InvalidParam { .. })), "{error:?}");
    assert_eq!(fake.requests().len(), 1);
}
