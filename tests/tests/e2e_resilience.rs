//! End-to-end: retries, timeouts, size caps and logging through the real `Client` and the fake gateway.

mod common;

use std::time::Duration;

use dangdang_api::orders::{order_goods_send, orders_list_get};
use dangdang_api::{Client, Error, RetryPolicy, TimeLimit};
use dangdang_tests::{Reply, SandboxConfig};

fn unavailable() -> Reply {
    Reply::raw(503, "text/html", "<html><body>503 Service Unavailable</body></html>")
}

#[tokio::test]
async fn a_read_is_retried_after_two_503s_and_succeeds() {
    let server = dangdang_tests::sandbox();
    let client = common::fast_retries(&server, Duration::from_millis(500));
    server.respond_sequence(
        orders_list_get::METHOD,
        vec![unavailable(), unavailable(), dangdang_tests::fixture("orders_list_get.xml")],
    );
    let page = client.orders_list_get(&orders_list_get::Request::new()).await.expect("third attempt succeeds");
    assert_eq!(page.orders_list.len(), 2);
    let attempts = server.requests_for(orders_list_get::METHOD);
    assert_eq!(attempts.len(), 3);
    assert!(attempts.iter().all(|r| r.rejection.is_none()), "every attempt is freshly signed and accepted");
}

#[tokio::test]
async fn a_read_gives_up_after_the_last_attempt_keeping_the_status_and_body() {
    let server = dangdang_tests::sandbox();
    let client = common::fast_retries(&server, Duration::from_millis(500));
    server.respond(orders_list_get::METHOD, unavailable());
    let error = client.orders_list_get(&orders_list_get::Request::new()).await.unwrap_err();
    match &error {
        Error::HttpStatus { status: 503, raw, .. } => assert!(raw.text_lossy().contains("Service Unavailable")),
        other => panic!("expected HTTP 503, got {other:?}"),
    }
    assert_eq!(server.requests_for(orders_list_get::METHOD).len(), 3);
}

#[tokio::test]
async fn a_write_after_a_503_is_not_retried() {
    use order_goods_send::upload::{Document, ItemInfo, OrderInfo};
    let server = dangdang_tests::sandbox();
    let client = common::fast_retries(&server, Duration::from_millis(500));
    server.respond_sequence(
        order_goods_send::METHOD,
        vec![unavailable(), dangdang_tests::fixture("order_goods_send.xml")],
    );
    let shipment = Document::new(vec![OrderInfo {
        order_id: 1,
        logistics_name: "圆通快递".into(),
        logistics_tel: "95554".into(),
        logistics_order_id: "YT1".into(),
        send_goods_list: vec![ItemInfo::new(2, 1)],
    }]);
    let error = client.order_goods_send(&order_goods_send::Request::new(shipment)).await.unwrap_err();
    assert!(matches!(error, Error::HttpStatus { status: 503, .. }), "{error:?}");
    assert_eq!(server.requests_for(order_goods_send::METHOD).len(), 1, "a write is sent once");
}

#[tokio::test]
async fn a_slow_server_times_out() {
    let server = dangdang_tests::sandbox();
    let client =
        common::client_for(&server, |builder| builder.retry(RetryPolicy::none()).timeout(Duration::from_millis(200)));
    server.respond(
        orders_list_get::METHOD,
        dangdang_tests::fixture("orders_list_get.xml").delayed(Duration::from_secs(5)),
    );
    let started = std::time::Instant::now();
    let error = client.orders_list_get(&orders_list_get::Request::new()).await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::Timeout { method: "dangdang.orders.list.get", limit: TimeLimit::Attempt(_), attempt: 1 }
        ),
        "{error:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(4), "the timeout fired, not the server");
}

#[tokio::test]
async fn an_oversized_reply_is_cut_off_at_the_cap() {
    let server = dangdang_tests::sandbox();
    let client = common::client_for(&server, |builder| builder.max_response_bytes(1024));
    let big = format!(
        "<?xml version=\"1.0\" encoding=\"GBK\"?><response><remark>{}</remark></response>",
        "订单".repeat(4096)
    );
    server.respond(orders_list_get::METHOD, Reply::xml(big));
    let error = client.orders_list_get(&orders_list_get::Request::new()).await.unwrap_err();
    assert!(matches!(error, Error::ResponseTooLarge { limit: 1024, .. }), "{error:?}");
}

#[tokio::test]
async fn a_rate_limited_client_spaces_its_calls() {
    let server = dangdang_tests::sandbox();
    let client = common::client_for(&server, |builder| builder.rate_limit(20.0));
    server.respond(orders_list_get::METHOD, dangdang_tests::fixture("orders_list_get_single.xml"));
    let started = std::time::Instant::now();
    let request = orders_list_get::Request::new();
    let clone = client.clone();
    let (a, b, c) = tokio::join!(
        client.orders_list_get(&request),
        clone.orders_list_get(&request),
        client.orders_list_get(&request)
    );
    assert!(a.is_ok() && b.is_ok() && c.is_ok());
    assert!(
        started.elapsed() >= Duration::from_millis(95),
        "three calls at 20/s take at least 100 ms: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn errors_never_show_secrets() {
    // A transport error's Display would normally include the URL, whose query carries the session.
    let config = SandboxConfig::default();
    let client = Client::builder(config.app_key.clone(), config.app_secret.clone(), config.session.clone())
        .endpoint("http://127.0.0.1:9/openapi/rest")
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = client.orders_list_get(&orders_list_get::Request::new()).await.unwrap_err();
    let shown = format!("{error} / {error:?}");
    assert!(matches!(error, Error::Transport { .. }), "{shown}");
    assert!(!shown.contains(&config.session) && !shown.contains(&config.app_secret), "{shown}");
    // The one-line message names the root cause, not only reqwest's "error sending request".
    let message = error.to_string();
    assert!(message.starts_with("dangdang.orders.list.get: HTTP transport error: Connection refused"), "{message}");
    assert!(!message.contains('\n'), "{message}");
}
