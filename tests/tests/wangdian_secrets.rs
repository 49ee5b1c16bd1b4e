//! The Wangdian credentials: a secret without a colon is refused when the client is built; the
//! secret shows nowhere (Debug, errors, TRACE logs); the fake gateway refuses a body other than
//! the one signed, and calls the client must not make are refused before sending.

mod wangdian_common;

use dangdang_tests::trace_capture::traced;
use wangdian_api::rt::Safety;
use wangdian_api::{Client, Error};
use wangdian_common::*;

#[test]
fn a_secret_without_its_salt_is_refused_with_a_clear_message() {
    let secret = "0123456789abcdef-no-colon";
    for (issued, says) in [
        (secret.to_owned(), "has no colon"),
        (format!("{secret}:"), "nothing after its colon"),
        (format!(":{secret}"), "nothing before its colon"),
    ] {
        let error = Client::builder("sid", "key", issued.clone()).build().unwrap_err();
        let Error::Config(message) = &error else { panic!("{error:?}") };
        assert!(message.contains(says) && message.contains("secret:salt"), "{message}");
        let shown = format!("{error} {error:?}");
        assert!(!shown.contains(secret), "{shown}");
    }
    for (sid, key, empty) in [("", "key", "sid"), ("sid", "", "app_key")] {
        let error = Client::builder(sid, key, "a:b").build().unwrap_err();
        assert!(matches!(&error, Error::Config(message) if message.contains(empty)), "{error:?}");
    }
    // The salt may itself hold colons: only the first one splits.
    let client = Client::builder("sid", "key", "secret:salt:with:colons").build().expect("builds");
    assert_eq!((client.sid(), client.app_key()), ("sid", "key"));
}

#[test]
fn a_salt_with_colons_is_sent_whole() {
    let config = WangdianConfig { salt: "salt:with:colons".into(), ..WangdianConfig::default() };
    let fake = FakeWangdian::start(config);
    fake.respond(WAREHOUSE, WangdianReply::fixture("setting.Warehouse.queryWarehouse.response.json"));
    let client = client_for(&fake, |builder| builder);
    let blocking = wangdian_api::blocking::Client::new(client.clone()).unwrap();
    let raw = blocking.block_on(client.execute(warehouse_call())).expect("accepted");
    assert!(raw.text_lossy().contains("wdtapi3-test"));
    assert_eq!(fake.requests()[0].param("salt"), Some("salt:with:colons"));
}

#[test]
fn the_secret_and_the_salt_never_show_in_debug_errors_or_trace_logs() {
    let fake = FakeWangdian::start(WangdianConfig::default());
    let config = fake.config().clone();
    let mut shown = Vec::new();
    let logs = traced(|runtime| {
        // A read throttled on every attempt is retried until its deadline: keep it short.
        let client = client_for(&fake, |builder| builder.deadline(std::time::Duration::from_millis(300)));
        shown.push(format!("{client:?}"));
        shown.push(format!("{:?}", Client::builder("s", "k", config.issued_secret())));
        let cases = [
            WangdianReply::fixture("setting.Warehouse.queryWarehouse.response.json"),
            WangdianReply::fixture("setting.Warehouse.queryWarehouse.error.json"),
            WangdianReply::throttle(),
            WangdianReply::status(7, "时间戳错误"),
            WangdianReply::Raw { status: 500, content_type: "text/plain".into(), body: b"oops".to_vec() },
        ];
        for reply in cases {
            fake.respond(WAREHOUSE, reply);
            let call = warehouse_call();
            shown.push(format!("{call:?}"));
            match runtime.block_on(data_of(&client, call)) {
                Ok(data) => shown.push(format!("{data:?}")),
                Err(error) => shown.push(format!("{error} {error:?}")),
            }
        }
    });
    assert!(logs.contains("api.call"), "TRACE logs were captured: {logs}");
    assert!(fake.requests().len() >= 5);
    for text in shown.iter().chain([&logs]) {
        assert!(!text.contains(&config.secret), "secret in {text}");
        assert!(!text.contains(&config.salt), "salt in {text}");
    }
}

#[tokio::test]
async fn the_gateway_checks_that_the_body_is_what_was_signed() {
    let fake = FakeWangdian::start(WangdianConfig::default());
    fake.respond(WAREHOUSE, WangdianReply::fixture("setting.Warehouse.queryWarehouse.response.json"));
    let signed_body = r#"[{"start_time":"2020-01-01 00:00:00","end_time":"2020-01-20 00:00:00"}]"#;
    let pager = [("page_no", "0"), ("page_size", "100"), ("calc_total", "1")];
    let url = format!("{}?{}", fake.endpoint(), fake.signed_query(WAREHOUSE, &pager, signed_body));
    let http = reqwest::Client::new();
    let send = |body: &'static str, content_type: &'static str| {
        http.post(&url).header("content-type", content_type).body(body).send()
    };
    let ok = send(signed_body, "application/json").await.unwrap().text().await.unwrap();
    assert!(ok.contains(r#""status": 0"#), "{ok}");
    let spaced = r#"[{"start_time": "2020-01-01 00:00:00", "end_time": "2020-01-20 00:00:00"}]"#;
    for (body, content_type) in [(spaced, "application/json"), ("[]", "application/json"), (signed_body, "text/plain")]
    {
        let refused = send(body, content_type).await.unwrap().text().await.unwrap();
        assert!(refused.contains(r#""status":1"#), "{refused}");
    }
    // A pager parameter that was not signed is a signature failure too.
    let unsigned = format!("{url}&page_no=1");
    let refused = http.post(unsigned).header("content-type", "application/json").body(signed_body).send().await;
    assert!(refused.unwrap().text().await.unwrap().contains(r#""status":1"#));
    let refusals: Vec<_> = fake.requests().into_iter().filter_map(|request| request.refusal).collect();
    assert_eq!(refusals.len(), 4, "{refusals:?}");
}

#[tokio::test]
async fn calls_the_gateway_would_misread_are_refused_before_sending() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    for name in ["sid", "key", "salt", "method", "v", "timestamp", "sign", "body"] {
        let call = raw_call(WAREHOUSE, Safety::Read, &[(name, "x")], vec![]);
        let error = client.execute(call).await.unwrap_err();
        assert!(matches!(&error, Error::InvalidParam { param, .. } if param == name), "{error:?}");
    }
    let twice = raw_call(WAREHOUSE, Safety::Read, &[("page_no", "0"), ("page_no", "1")], vec![]);
    let error = client.execute(twice).await.unwrap_err();
    assert!(matches!(&error, Error::InvalidParam { rule, .. } if rule.contains("twice")), "{error:?}");
    assert!(fake.requests().is_empty());
}
