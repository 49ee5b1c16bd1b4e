//! Shared set-up for the Wangdian end-to-end tests: the fake gateway, clients pointed at it, raw
//! calls, and assertions on what the fake received and on decoded replies.

#![allow(dead_code, reason = "each test file uses part of these helpers")]

use std::time::Duration;

pub use dangdang_tests::wangdian_reply::fixture_text;
pub use dangdang_tests::{FakeWangdian, WangdianConfig, WangdianReply};
use wangdian_api::rt::{Call, Safety, Transport};
use wangdian_api::{BeijingTime, Client, ClientBuilder, Error, RetryPolicy, ShopLimit, decode, json};

/// The method of the doc's 仓库查询 example.
pub const WAREHOUSE: &str = "setting.Warehouse.queryWarehouse";

/// A client with the fake's credentials (the issued `secret:salt` whole), short backoffs, after
/// `configure`.
pub fn client_for(fake: &FakeWangdian, configure: impl FnOnce(ClientBuilder) -> ClientBuilder) -> Client {
    let config = fake.config();
    let builder = Client::builder(config.sid.clone(), config.app_key.clone(), config.issued_secret())
        .endpoint(fake.endpoint())
        .retry(fast_retries())
        // A throttle closes the budget for one window: 10 ms here instead of a minute.
        .limit(ShopLimit::learned().window(Duration::from_millis(10)));
    configure(builder).build().expect("client builds")
}

/// Three attempts, millisecond backoffs (keeps retry tests fast).
pub fn fast_retries() -> RetryPolicy {
    RetryPolicy { max_attempts: 3, initial_backoff: Duration::from_millis(1), max_backoff: Duration::from_millis(5) }
}

/// A fake gateway with `config` and a default client.
pub fn fake_and_client(config: WangdianConfig) -> (FakeWangdian, Client) {
    let fake = FakeWangdian::start(config);
    let client = client_for(&fake, |builder| builder);
    (fake, client)
}

/// A fixture's JSON arguments, compacted: the body the client must send for the doc's example.
pub fn fixture_args(name: &str) -> Vec<json::Value> {
    match serde_json::from_str(&fixture_text(name)).expect("fixture is JSON") {
        json::Value::Array(args) => args,
        other => panic!("{name} is not an argument array: {other}"),
    }
}

/// A raw call of `method` with `params` in the query and `args` as the body.
pub fn raw_call(method: &'static str, safety: Safety, params: &[(&'static str, &str)], args: Vec<json::Value>) -> Call {
    let params = params.iter().map(|(name, value)| ((*name).into(), (*value).to_owned())).collect();
    let mut call = Call::raw(method, Transport::PostJson, safety, params);
    call.json = Some(json::body(args));
    call
}

/// The doc's 仓库查询 example as a raw read on page 0.
pub fn warehouse_call() -> Call {
    let args = fixture_args("setting.Warehouse.queryWarehouse.request.json");
    raw_call(WAREHOUSE, Safety::Read, &[("page_no", "0"), ("page_size", "100")], args)
}

/// Sends a raw call and returns the reply's `data`.
pub async fn data_of(client: &Client, call: Call) -> Result<json::Value, Error> {
    let method = call.method();
    decode::data(method, &client.execute(call).await?)
}

/// A Beijing time from `yyyy-MM-dd HH:mm:ss`.
pub fn time(text: &str) -> BeijingTime {
    text.parse().expect("a yyyy-MM-dd HH:mm:ss time")
}

/// A decimal from its text (money and quantities are `Decimal`, never floats).
pub fn dec(text: &str) -> wangdian_api::Decimal {
    text.parse().expect("a decimal")
}

/// The only request the fake received, after asserting it passed every check.
pub fn only_request(fake: &FakeWangdian) -> dangdang_tests::WangdianRequest {
    let [request] = fake.requests().try_into().expect("exactly one request");
    assert_eq!(request.refusal, None, "the fake refused the request");
    request
}

/// Asserts the query's pager: `page_no`, `page_size` and `calc_total=1` (a walk's totals), or none
/// of them.
pub fn assert_pager(request: &dangdang_tests::WangdianRequest, pager: Option<(&str, &str)>) {
    let got = (request.param("page_no"), request.param("page_size"), request.param("calc_total"));
    match pager {
        Some((page_no, page_size)) => assert_eq!(got, (Some(page_no), Some(page_size), Some("1"))),
        None => assert_eq!(got, (None, None, None)),
    }
}

/// Asserts that `reply`'s Debug shows each personal field redacted and none of the buyer's values.
pub fn assert_redacted(reply: &impl std::fmt::Debug, fields: &[&str], values: &[&str]) {
    let debug = format!("{reply:?}");
    for field in fields {
        assert!(debug.contains(&format!("{field}: Some(Personal(<redacted>))")), "{field} is not redacted in {debug}");
    }
    for value in values {
        assert!(!debug.contains(value), "buyer data {value:?} appears in Debug: {debug}");
    }
}

/// A published success example whose `data` is printed without its envelope, wrapped in one.
pub fn enveloped(name: &str) -> WangdianReply {
    let data: json::Value = serde_json::from_str(&fixture_text(name)).expect("fixture is JSON");
    WangdianReply::Json(serde_json::json!({ "status": 0, "data": data }).to_string())
}

/// Asserts that the body a typed call `sent` reproduces the doc's `published` request example:
/// every published value is sent (numbers compared as numbers, so `5.2` and a decimal's `5.2`
/// agree, and a boolean matches a published `0`/`1`), except that a published `""` may be left out or sent as the type's zero (the doc's
/// tables type those fields as numbers); keys the example leaves out may be sent only when listed
/// in `added` (fields the doc's table marks required but its example omits).
pub fn assert_reproduces(sent: &json::Value, published: &json::Value, added: &[&str], path: &str) {
    use json::Value;
    match (sent, published) {
        (Value::Array(sent), Value::Array(published)) => {
            assert_eq!(sent.len(), published.len(), "{path}: array length");
            for (index, (sent, published)) in sent.iter().zip(published).enumerate() {
                assert_reproduces(sent, published, added, &format!("{path}[{index}]"));
            }
        }
        (Value::Object(sent), Value::Object(published)) => {
            for (key, value) in published {
                let at = format!("{path}.{key}");
                match sent.get(key) {
                    Some(got) => assert_reproduces(got, value, added, &at),
                    None => assert_eq!(value, &Value::String(String::new()), "{at}: not sent"),
                }
            }
            for key in sent.keys().filter(|key| !published.contains_key(*key)) {
                assert!(added.contains(&key.as_str()), "{path}.{key}: sent but not in the published example");
            }
        }
        (Value::Number(sent), Value::Number(published)) => {
            assert_eq!(sent.as_f64(), published.as_f64(), "{path}");
        }
        // The doc's tables type these fields boolean and describe them as 0/1.
        (Value::Bool(sent), Value::Number(published)) => {
            assert_eq!(
                Some(if *sent { 1.0 } else { 0.0 }),
                published.as_f64(),
                "{path}: a boolean for a published 0/1"
            );
        }
        (Value::Number(sent), Value::String(published)) if published.is_empty() => {
            assert_eq!(sent.as_f64(), Some(0.0), "{path}: a published \"\" sent as a non-zero number");
        }
        (Value::Number(sent), Value::String(published)) => {
            assert_eq!(sent.as_f64(), published.parse::<f64>().ok(), "{path}: the published text is a number");
        }
        (sent, published) => assert_eq!(sent, published, "{path}"),
    }
}
