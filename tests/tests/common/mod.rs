//! Shared set-up for the end-to-end tests: a fake server and clients pointed at it.

#![allow(dead_code, reason = "each test file uses part of these helpers")]

use std::str::FromStr;
use std::time::Duration;

use dangdang_api::{BeijingTime, Client, ClientBuilder, Decimal, RetryPolicy, XmlElement};
use dangdang_tests::{ReceivedRequest, Sandbox};

/// A client with the fake server's credentials and endpoint, after `configure`.
pub fn client_for(server: &Sandbox, configure: impl FnOnce(ClientBuilder) -> ClientBuilder) -> Client {
    let config = server.config();
    let builder = Client::builder(config.app_key.clone(), config.app_secret.clone(), config.session.clone())
        .endpoint(server.endpoint());
    configure(builder).build().expect("client builds")
}

/// A client with 3 attempts, a backoff of a few milliseconds and `timeout` per attempt.
pub fn fast_retries(server: &Sandbox, timeout: Duration) -> Client {
    client_for(server, |builder| {
        builder
            .retry(RetryPolicy {
                max_attempts: 3,
                initial_backoff: Duration::from_millis(5),
                max_backoff: Duration::from_millis(20),
            })
            .timeout(timeout)
    })
}

/// A fresh fake server with the default test credentials, and a default client that uses them.
pub fn server_and_client() -> (Sandbox, Client) {
    let server = dangdang_tests::sandbox();
    let client = client_for(&server, |builder| builder);
    (server, client)
}

/// An exact decimal from text.
pub fn money(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

/// A Beijing time from `yyyy-MM-dd HH:mm:ss`.
pub fn time(text: &str) -> BeijingTime {
    text.parse().unwrap()
}

/// GBK bytes of `text`.
pub fn gbk(text: &str) -> Vec<u8> {
    encoding_rs::GBK.encode(text).0.into_owned()
}

/// Whether `needle` occurs in `haystack`.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}

/// Parses XML the fake server received or served.
pub fn xml(text: &str) -> XmlElement {
    XmlElement::parse(text).expect("well-formed XML")
}

/// Checks an accepted multipart XML upload in file part `field` (`<field>.xml`, GBK declaration, GBK
/// bytes, optionally containing `chinese` as GBK) and returns the parsed `<request>` document.
pub fn uploaded_document(received: &ReceivedRequest, field: &str, chinese: Option<&str>) -> XmlElement {
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    assert!(received.content_type.as_deref().unwrap().starts_with("multipart/form-data"));
    let upload = received.upload.as_ref().expect("a file part");
    assert_eq!(upload.field, field);
    assert_eq!(upload.filename.as_deref(), Some(format!("{field}.xml").as_str()));
    assert_eq!(upload.declared_encoding.as_deref(), Some("GBK"));
    assert_eq!(upload.bytes, gbk(&upload.text), "the document travels as GBK bytes");
    if let Some(chinese) = chinese {
        assert!(contains(&upload.bytes, &gbk(chinese)), "Chinese text is GBK-encoded");
    }
    let document = xml(&upload.text);
    assert_eq!(document.name, "request");
    assert!(document.text_at("time").unwrap().parse::<BeijingTime>().is_ok());
    document
}
