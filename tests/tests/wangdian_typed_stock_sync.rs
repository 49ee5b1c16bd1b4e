//! End-to-end tests of the generated typed stock-sync methods of the trade group
//! (`sales.StockSync.getSelfWaitSyncIdListOpen`, `calcStock`, `syncSuccess`): positional scalar
//! arguments sent as the doc's examples, the replies' values decoded.

mod wangdian_common;

use wangdian_api::Error;
use wangdian_api::trade::{
    sales_stock_sync_calc_stock, sales_stock_sync_get_self_wait_sync_id_list_open, sales_stock_sync_sync_success,
};
use wangdian_common::*;

#[tokio::test]
async fn wait_sync_ids_send_count_and_position_and_decode_the_cursor() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = sales_stock_sync_get_self_wait_sync_id_list_open::METHOD;
    fake.respond(method, WangdianReply::fixture("sales.StockSync.getSelfWaitSyncIdListOpen.response.json"));
    let request = sales_stock_sync_get_self_wait_sync_id_list_open::Request::new(500, 0);
    let reply = client.sales_stock_sync_get_self_wait_sync_id_list_open(&request).await.expect("accepted");

    let seen = only_request(&fake);
    assert_pager(&seen, None);
    // The doc's example sends ["500","0"]; its table, PHP example and Java SDK say Int.
    assert_eq!(seen.body, "[500,0]");
    let sent: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    let published = serde_json::Value::Array(fixture_args("sales.StockSync.getSelfWaitSyncIdListOpen.request.json"));
    assert_reproduces(&sent, &published, &[], "body");

    let data = reply.data.expect("data");
    assert_eq!(data.id_list.len(), 23);
    assert_eq!((data.id_list[0], data.id_list[22]), (174004, 173688));
    assert_eq!(data.position, Some(239126414));
}

#[tokio::test]
async fn calc_stock_sends_the_docs_arguments_and_decodes_the_stock_rule() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = sales_stock_sync_calc_stock::METHOD;
    fake.respond(method, WangdianReply::fixture("sales.StockSync.calcStock.response.json"));
    let reply = client
        .sales_stock_sync_calc_stock(&sales_stock_sync_calc_stock::Request::new(2447, false))
        .await
        .expect("accepted");

    let seen = only_request(&fake);
    assert_pager(&seen, None);
    let published = wangdian_api::json::body(fixture_args("sales.StockSync.calcStock.request.json"));
    assert_eq!((seen.body.as_str(), published.as_str()), ("[2447,false]", "[2447,false]"));

    let data = reply.data.expect("data");
    assert_eq!((data.rec_id, data.shop_id, data.platform_id), (Some(2447), Some(69), Some(127)));
    assert_eq!((data.match_code.as_deref(), data.goods_id.as_deref()), (Some("lz38"), Some("lz3")));
    assert_eq!((data.stock_syn_min, data.stock_syn_max), (Some(dec("1")), Some(dec("550"))));
    assert_eq!((data.stock_num, data.last_syn_num), (Some(dec("0")), Some(dec("-1"))));
    assert_eq!((data.stock_syn_percent, data.stock_syn_rule_id), (Some(100), Some(-10000)));
    // 0/1 numbers as booleans, codes as tables, "" as unset.
    assert_eq!((data.is_auto_listing, data.is_auto_delisting), (Some(true), Some(true)));
    assert_eq!(data.status.as_ref().map(|status| status.code()), Some("1"));
    assert_eq!(data.match_target_type.as_ref().map(|kind| kind.code()), Some("1"));
    assert_eq!((data.list_time, data.last_syn_time, data.stock_syn_rule_no), (None, None, None));
}

#[tokio::test]
async fn calc_stock_business_refusal_keeps_the_chinese_message() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let published = fixture_text("sales.StockSync.calcStock.error.json");
    fake.respond(sales_stock_sync_calc_stock::METHOD, WangdianReply::Json(published.clone()));
    let error = client.sales_stock_sync_calc_stock(&sales_stock_sync_calc_stock::Request::new(2447, true)).await;
    let Err(Error::Business { code, message, raw, .. }) = &error else { panic!("{error:?}") };
    assert_eq!((code.as_str(), message.as_str()), ("100", "货品id:jitx002规格Id:jitx002 已停用或者未开启同步"));
    assert_eq!(raw.bytes(), published.as_bytes());
}

/// The doc's syncSuccess example from typed values.
fn docs_sync_success() -> sales_stock_sync_sync_success::Request {
    sales_stock_sync_sync_success::Request::new(
        dec("1"),
        dec("2"),
        -10000,
        "",
        "6",
        0,
        100,
        dec("1.0"),
        dec("1.0"),
        dec("550.0"),
        true,
        true,
        2447,
    )
}

#[tokio::test]
async fn sync_success_sends_the_docs_rule_and_accepts_a_bare_status() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = sales_stock_sync_sync_success::METHOD;
    fake.respond(method, WangdianReply::fixture("sales.StockSync.syncSuccess.response.json"));
    let reply = client.sales_stock_sync_sync_success(&docs_sync_success()).await.expect("accepted");
    assert_eq!(reply, sales_stock_sync_sync_success::Response::default());

    let seen = only_request(&fake);
    assert_pager(&seen, None);
    let sent: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    let published = serde_json::Value::Array(fixture_args("sales.StockSync.syncSuccess.request.json"));
    assert_reproduces(&sent, &published, &[], "body");
    assert_eq!(sent[0], 2447);
    assert_eq!(
        (&sent[1]["is_auto_listing"], &sent[1]["stock_syn_rule_no"]),
        (&serde_json::json!(true), &serde_json::json!(""))
    );
}
