//! End-to-end tests of the Wangdian protocol against the fake gateway, through raw calls: a
//! signed query accepted and decoded, the pager required, throttles, clock skew, statuses. (The
//! generated typed API, pagination included: `wangdian_typed_*.rs`.)

mod wangdian_common;

use dangdang_tests::ListAt;
use serde_json::json;
use wangdian_api::base::setting_warehouse_query_warehouse;
use wangdian_api::rt::Safety;
use wangdian_api::{Error, decode};
use wangdian_common::*;

#[tokio::test]
async fn the_docs_warehouse_query_is_signed_accepted_and_decoded() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    fake.respond(WAREHOUSE, WangdianReply::fixture("setting.Warehouse.queryWarehouse.response.json"));
    let raw = client.execute(warehouse_call()).await.expect("accepted");

    let data = decode::data(WAREHOUSE, &raw).unwrap();
    assert_eq!(data["total_count"], json!(1));
    assert_eq!(data["details"][0]["warehouse_no"], json!("wdtapi3-test"));
    // The same raw reply through the generated reply type.
    let reply: setting_warehouse_query_warehouse::Response = decode::typed(WAREHOUSE, &raw).unwrap();
    let data = reply.data.unwrap();
    assert_eq!(data.total_count, Some(1));
    let row = &data.details[0];
    assert_eq!(
        (row.warehouse_id, row.name.as_deref(), row.city.as_deref()),
        (Some(624), Some("wdtapi3-test"), Some("无"))
    );
    assert_eq!((row.warehouse_type.as_ref().map(|kind| kind.code()), row.is_disabled), (Some("1"), Some(false)));
    // Both time encodings of the same example: a string and epoch milliseconds.
    assert_eq!(row.created, Some(time("2021-11-26 17:02:21")));
    assert_eq!(row.modified, Some(time("2023-01-30 22:13:21")));

    let [request] = fake.requests().try_into().expect("one request");
    assert_eq!(request.refusal, None);
    assert_eq!((request.verb.as_str(), request.content_type.as_deref()), ("POST", Some("application/json")));
    let config = fake.config();
    let expected = [
        ("sid", config.sid.as_str()),
        ("key", &config.app_key),
        ("salt", &config.salt),
        ("method", WAREHOUSE),
        ("v", "1.0"),
        ("page_no", "0"),
        ("page_size", "100"),
        ("calc_total", "1"),
    ];
    for (name, value) in expected {
        assert_eq!(request.param(name), Some(value), "{name}");
    }
    let names: Vec<&str> = request.query.keys().map(String::as_str).collect();
    assert_eq!(names, ["calc_total", "key", "method", "page_no", "page_size", "salt", "sid", "sign", "timestamp", "v"]);
    assert_eq!(request.param("sign").map(str::len), Some(32));
    // The body is the doc's example, compact; the secret travels nowhere.
    assert_eq!(request.body, r#"[{"end_time":"2020-01-20 00:00:00","start_time":"2020-01-01 00:00:00"}]"#);
    assert!(!request.raw_query.contains(&config.secret) && !request.body.contains(&config.secret));
}

#[tokio::test]
async fn a_call_without_a_body_sends_an_empty_array() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    fake.respond("setting.Shop.queryShop", WangdianReply::fixture("setting.Shop.queryShop.response.json"));
    let mut call = raw_call("setting.Shop.queryShop", Safety::Read, &[], vec![]);
    call.json = None;
    let data = data_of(&client, call).await.expect("accepted");
    assert!(data.is_object(), "{data}");
    let [request] = fake.requests().try_into().expect("one request");
    assert_eq!((request.body.as_str(), request.param("calc_total")), ("[]", None));
}

#[tokio::test]
async fn a_paged_method_called_without_the_pager_is_refused_by_the_gateway() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let warehouses = vec![json!({ "warehouse_id": 1, "name": "仓库1" })];
    fake.respond(WAREHOUSE, WangdianReply::Pages { at: ListAt::Data("details".into()), items: warehouses });
    let call = raw_call(WAREHOUSE, Safety::Read, &[], fixture_args("setting.Warehouse.queryWarehouse.request.json"));
    let error = data_of(&client, call).await.unwrap_err();
    let Error::Business { code, message, .. } = &error else { panic!("{error:?}") };
    assert_eq!(
        (code.as_str(), message.as_str()),
        ("100", "此方法仅支持分页查询：接口setting.Warehouse.queryWarehouse")
    );
}

#[tokio::test]
async fn a_throttled_read_is_retried_and_a_throttled_write_is_not() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let success = WangdianReply::fixture("setting.Warehouse.queryWarehouse.response.json");
    fake.respond_sequence(WAREHOUSE, vec![WangdianReply::throttle(), success]);
    let data = data_of(&client, warehouse_call()).await.expect("retried after the throttle");
    assert_eq!(data["total_count"], json!(1));
    assert_eq!(fake.requests().len(), 2);

    let update = "sales.LogisticsSync.update";
    let written = WangdianReply::fixture("sales.LogisticsSync.update.response.json");
    fake.respond_sequence(update, vec![WangdianReply::throttle(), written]);
    let call = raw_call(update, Safety::Write, &[], fixture_args("sales.LogisticsSync.update.request.json"));
    let error = data_of(&client, call).await.unwrap_err();
    let Error::Throttled { code, message, raw, .. } = &error else { panic!("{error:?}") };
    assert_eq!(code, "100");
    assert!(message.contains("超过每分钟最大调用频率限制"), "{message}");
    assert!(raw.text_lossy().contains("超过每分钟最大调用频率限制"));
    assert_eq!(fake.requests().iter().filter(|request| request.method() == Some(update)).count(), 1);
}

#[tokio::test]
async fn a_clock_outside_the_two_minute_window_is_a_clock_skew_error() {
    for offset in [300, -300] {
        let config = WangdianConfig { clock_offset_secs: offset, ..WangdianConfig::default() };
        let (fake, client) = fake_and_client(config);
        fake.respond(WAREHOUSE, WangdianReply::fixture("setting.Warehouse.queryWarehouse.response.json"));
        let error = data_of(&client, warehouse_call()).await.unwrap_err();
        let Error::ClockSkew { code, message, raw, .. } = &error else { panic!("{error:?}") };
        assert_eq!((code.as_str(), message.as_str()), ("7", "时间戳错误"));
        assert!(raw.text_lossy().contains("时间戳错误"));
        assert!(error.to_string().contains("the local clock is off"), "{error}");
        // A read is not retried: the next attempt would be just as far off.
        assert_eq!(fake.requests().len(), 1, "offset {offset}");
    }
    let within = WangdianConfig { clock_offset_secs: 100, ..WangdianConfig::default() };
    let (fake, client) = fake_and_client(within);
    fake.respond(WAREHOUSE, WangdianReply::fixture("setting.Warehouse.queryWarehouse.response.json"));
    assert!(data_of(&client, warehouse_call()).await.is_ok());
}

#[tokio::test]
async fn statuses_are_business_or_gateway_errors_with_the_raw_body() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let published = fixture_text("setting.Warehouse.queryWarehouse.error.json");
    fake.respond(WAREHOUSE, WangdianReply::Json(published.clone()));
    let error = data_of(&client, warehouse_call()).await.unwrap_err();
    let Error::Business { code, message, raw, .. } = &error else { panic!("{error:?}") };
    assert_eq!((code.as_str(), message.as_str()), ("100", "参数中必须包含起止时间"));
    assert_eq!(raw.bytes(), published.as_bytes());
    assert_eq!(fake.requests().len(), 1, "business errors are not retried");

    // A status as a string, and statuses of the gateway's table (messages scripted here).
    for (status, code, message) in
        [(json!("4"), "4", "数据库错误"), (json!(6), "6", "IP白名单"), (json!(99), "99", "其他")]
    {
        fake.respond(WAREHOUSE, WangdianReply::Json(json!({ "status": status, "message": message }).to_string()));
        let error = data_of(&client, warehouse_call()).await.unwrap_err();
        let Error::Gateway { code: got, message: said, .. } = &error else { panic!("{error:?}") };
        assert_eq!((got.as_str(), said.as_str()), (code, message));
    }
}

#[tokio::test]
async fn replies_that_are_not_envelopes_are_decode_or_http_errors() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    // The syncSuccess page's error example, not JSON as published (typographic quotes).
    let broken = fixture_text("sales.StockSync.syncSuccess.error.as-published.txt");
    fake.respond(WAREHOUSE, WangdianReply::Json(broken.clone()));
    let error = data_of(&client, warehouse_call()).await.unwrap_err();
    let Error::Decode { path, raw, .. } = &error else { panic!("{error:?}") };
    assert_eq!((path.as_str(), raw.bytes()), ("message", broken.as_bytes()));

    let page = "<html><body>502 Bad Gateway</body></html>";
    let html = WangdianReply::Raw { status: 502, content_type: "text/html".into(), body: page.into() };
    fake.respond(WAREHOUSE, html);
    let error = data_of(&client, warehouse_call()).await.unwrap_err();
    assert!(
        matches!(&error, Error::HttpStatus { status: 502, raw, .. } if raw.bytes() == page.as_bytes()),
        "{error:?}"
    );
}

#[tokio::test]
async fn wrong_credentials_are_refused_by_the_gateways_own_signature_check() {
    let fake = FakeWangdian::start(WangdianConfig::default());
    fake.respond(WAREHOUSE, WangdianReply::fixture("setting.Warehouse.queryWarehouse.response.json"));
    let config = fake.config().clone();
    let wrong_secret = format!("not-the-secret:{}", config.salt);
    let wrong_salt = format!("{}:not-the-salt", config.secret);
    let cases = [
        (config.sid.clone(), config.app_key.clone(), wrong_secret, "验证失败"),
        (config.sid.clone(), config.app_key.clone(), wrong_salt, "验证失败"),
        ("other-sid".to_owned(), config.app_key.clone(), config.issued_secret(), "sid is not exists"),
        (config.sid.clone(), "other-key".to_owned(), config.issued_secret(), "app auth fail"),
    ];
    for (sid, key, secret, expected) in cases {
        let client = wangdian_api::Client::builder(sid, key, secret).endpoint(fake.endpoint()).build().unwrap();
        let error = data_of(&client, warehouse_call()).await.unwrap_err();
        let Error::Gateway { code, message, .. } = &error else { panic!("{error:?}") };
        assert_eq!((code.as_str(), message.as_str()), ("1", expected));
    }
}

#[tokio::test]
async fn untyped_methods_take_positional_arguments_as_json_values() {
    use wangdian_api::json::ToJson;
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let calc = "sales.StockSync.calcStock";
    fake.respond(calc, WangdianReply::fixture("sales.StockSync.calcStock.response.json"));
    let args = vec![2447i64.to_json(), false.to_json()];
    assert_eq!(args, fixture_args("sales.StockSync.calcStock.request.json"));
    let data = data_of(&client, raw_call(calc, Safety::Read, &[], args)).await.expect("accepted");
    assert_eq!((&data["rec_id"], &data["stock_syn_max"]), (&json!(2447), &json!(550.0)));
    assert_eq!(fake.requests()[0].body, "[2447,false]");

    // The doc's pushSelf2 example: a shop number, trades and their lines, Chinese text included.
    let push = "sales.RawTrade.pushSelf2";
    fake.respond(push, WangdianReply::fixture("sales.RawTrade.pushSelf2.response.json"));
    let args = fixture_args("sales.RawTrade.pushSelf2.request.json");
    let data = data_of(&client, raw_call(push, Safety::Write, &[], args.clone())).await.expect("accepted");
    assert_eq!((&data["chg_count"], &data["error_list"]), (&json!(2), &json!([])));
    let sent: serde_json::Value = serde_json::from_str(&fake.requests()[1].body).unwrap();
    assert_eq!(sent, json!(args));
    // Non-ASCII goes out unescaped (and is signed that way): the fake checks the signature.
    assert!(fake.requests()[1].body.contains(r#""receiver_area":"北京 北京市 朝阳区""#));
    assert!(fake.requests().iter().all(|request| request.refusal.is_none()));
}
