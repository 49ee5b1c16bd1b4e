//! End-to-end tests of the generated typed base-data queries (`setting.Warehouse.queryWarehouse`,
//! `setting.Shop.queryShop`, `setting.Logistics.queryLogistics`) against the docs' examples.

mod wangdian_common;

use wangdian_api::base::{
    setting_logistics_query_logistics, setting_shop_query_shop, setting_warehouse_query_warehouse,
};
use wangdian_common::*;

#[tokio::test]
async fn warehouse_query_sends_the_docs_window_and_decodes_both_time_encodings() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = setting_warehouse_query_warehouse::METHOD;
    fake.require_pager(method);
    fake.respond(method, WangdianReply::fixture("setting.Warehouse.queryWarehouse.response.json"));
    let request = setting_warehouse_query_warehouse::Request::new()
        .start_time(time("2020-01-01 00:00:00"))
        .end_time(time("2020-01-20 00:00:00"))
        .page_no(0)
        .page_size(20);
    let reply = client.setting_warehouse_query_warehouse(&request).await.expect("accepted");

    let seen = only_request(&fake);
    assert_pager(&seen, Some(("0", "20")));
    let sent: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    let published = serde_json::Value::Array(fixture_args("setting.Warehouse.queryWarehouse.request.json"));
    assert_eq!(sent, published);

    let data = reply.data.expect("data");
    assert_eq!(data.total_count, Some(1));
    let row = &data.details[0];
    assert_eq!((row.warehouse_id, row.warehouse_no.as_deref()), (Some(624), Some("wdtapi3-test")));
    assert_eq!((row.city.as_deref(), row.district.as_deref(), row.address.as_deref()), (Some("无"), Some("无"), None));
    assert_eq!(row.warehouse_type.as_ref().map(|kind| kind.code()), Some("1"));
    assert_eq!((row.sub_type, row.is_disabled), (Some(0), Some(false)));
    assert_eq!(row.created, Some(time("2021-11-26 17:02:21")), "a yyyy-MM-dd HH:mm:ss string");
    assert_eq!(row.modified, Some(time("2023-01-30 22:13:21")), "epoch milliseconds");
}

#[tokio::test]
async fn warehouse_query_checks_its_allowed_values_before_sending() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let request = setting_warehouse_query_warehouse::Request::new().hide_delete(2).page_no(0).page_size(20);
    let error = client.setting_warehouse_query_warehouse(&request).await.unwrap_err();
    assert!(matches!(error, wangdian_api::Error::InvalidParam { .. }), "{error:?}");
    assert!(fake.requests().is_empty());
}

#[tokio::test]
async fn shop_query_sends_the_platform_and_decodes_the_docs_shop() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = setting_shop_query_shop::METHOD;
    fake.require_pager(method);
    fake.respond(method, WangdianReply::fixture("setting.Shop.queryShop.response.json"));
    let request = setting_shop_query_shop::Request::new().platform_id(127).page_no(0).page_size(100);
    let reply = client.setting_shop_query_shop(&request).await.expect("accepted");

    let seen = only_request(&fake);
    assert_pager(&seen, Some(("0", "100")));
    // The doc's example sends "127"; its table types platform_id as Int.
    assert_eq!(seen.body, r#"[{"platform_id":127}]"#);
    let sent: serde_json::Value = serde_json::from_str(&seen.body).unwrap();
    assert_reproduces(
        &sent,
        &serde_json::Value::Array(fixture_args("setting.Shop.queryShop.request.json")),
        &[],
        "body",
    );

    let data = reply.data.expect("data");
    assert_eq!(data.total_count, Some(1));
    let shop = &data.details[0];
    assert_eq!((shop.shop_id, shop.shop_no.as_deref()), (Some(1122), Some("JD_test_wdt")));
    assert_eq!(shop.shop_name.as_deref(), Some("京东二次上架测试店铺"));
    assert_eq!(shop.address.as_deref(), Some("西直门外大街1号西环广场T1座7层"));
    assert_eq!(
        (shop.province.as_deref(), shop.city.as_deref(), shop.district.as_deref()),
        (Some("北京"), Some("北京市"), Some("西城区"))
    );
    assert_eq!((shop.platform_id, shop.group_id.as_deref(), shop.is_disabled), (Some(3), Some("无"), Some(false)));
    assert_eq!(shop.auth_state.as_ref().map(|state| state.code()), Some("1"));
    assert_eq!(shop.auth_time, Some(time("2022-08-19 08:16:07")));
    assert_eq!(shop.expire_time, Some(time("2029-11-19 05:59:59")));
    assert_eq!((shop.created, shop.re_expire_time), (Some(time("2023-03-08 10:35:57")), None));
}

#[tokio::test]
async fn logistics_query_decodes_the_docs_carrier() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = setting_logistics_query_logistics::METHOD;
    fake.require_pager(method);
    fake.respond(method, WangdianReply::fixture("setting.Logistics.queryLogistics.response.json"));
    // The page publishes no request example: every filter is optional.
    let request = setting_logistics_query_logistics::Request::new()
        .logistics_no("534245")
        .hide_delete(true)
        .page_no(0)
        .page_size(100);
    let reply = client.setting_logistics_query_logistics(&request).await.expect("accepted");

    let seen = only_request(&fake);
    assert_pager(&seen, Some(("0", "100")));
    assert_eq!(seen.body, r#"[{"hide_delete":true,"logistics_no":"534245"}]"#);

    let data = reply.data.expect("data");
    assert_eq!(data.total_count, Some(1));
    let row = &data.details[0];
    assert_eq!((row.logistics_id, row.logistics_no.as_deref()), (Some(974), Some("534245")));
    assert_eq!((row.logistics_name.as_deref(), row.contact.as_deref()), (Some("2524352345"), Some("54325")));
    assert_eq!((row.logistics_type, row.ebill_api, row.max_weight), (Some(3), Some(25), Some(dec("0"))));
    assert_eq!((row.is_support_cod, row.is_preset_no, row.is_disabled), (Some(false), Some(false), Some(false)));
    assert_eq!(row.send_type.as_ref().map(|kind| kind.code()), Some("0"));
    assert_eq!((row.created, row.modified), (Some(time("2022-09-01 11:53:23")), Some(time("2022-09-01 11:53:23"))));
    assert_eq!((row.mobile.as_deref(), row.address.as_deref()), (None, None));
}
