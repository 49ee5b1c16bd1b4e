//! End-to-end faults of the transport: slow servers, connections dropped mid-body and oversized
//! bodies, served to the real `Client` (rows 6–8 of the table in `e2e_faults.rs`), each asserting the
//! exact typed outcome and, for writes, that nothing is sent twice.

mod common;
mod faults_common;

use std::time::{Duration, Instant};

use dangdang_api::orders::{order_goods_send, orders_list_get};
use dangdang_api::{Client, Error, RetryPolicy, TimeLimit};
use dangdang_tests::{Behaviour, HostileServer, Reply, SandboxConfig};
use faults_common::*;

// 6. Timeouts ------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_slow_server_without_retries_is_a_timeout() {
    let server = dangdang_tests::sandbox();
    let client =
        common::client_for(&server, |builder| builder.retry(RetryPolicy::none()).timeout(Duration::from_millis(200)));
    server.respond(
        orders_list_get::METHOD,
        dangdang_tests::fixture("orders_list_get.xml").delayed(Duration::from_secs(1)),
    );
    let started = Instant::now();
    let error = list_orders(&client).await.unwrap_err();
    assert!(
        matches!(error, Error::Timeout { method: orders_list_get::METHOD, limit: TimeLimit::Attempt(_), .. }),
        "{error:?}"
    );
    assert!(error.raw_body().is_none());
    assert!(started.elapsed() < Duration::from_millis(900), "the client gave up, not the server");
}

#[tokio::test]
async fn a_read_that_timed_out_once_is_retried_and_succeeds() {
    let server = dangdang_tests::sandbox();
    let client = fast_retries(&server, Duration::from_millis(300));
    server.respond_sequence(
        orders_list_get::METHOD,
        vec![
            dangdang_tests::fixture("orders_list_get.xml").delayed(Duration::from_secs(1)),
            dangdang_tests::fixture("orders_list_get.xml"),
        ],
    );
    let page = list_orders(&client).await.expect("the second attempt succeeds");
    assert_eq!(page.orders_list.len(), 2);
    let attempts = server.requests_for(orders_list_get::METHOD);
    assert_eq!(attempts.len(), 2);
    assert!(attempts.iter().all(|r| r.accepted()), "each attempt is freshly signed and accepted");
}

#[tokio::test]
async fn a_write_that_timed_out_is_not_sent_again() {
    let server = dangdang_tests::sandbox();
    let client = fast_retries(&server, Duration::from_millis(300));
    server.respond_sequence(
        order_goods_send::METHOD,
        vec![
            dangdang_tests::fixture("order_goods_send.xml").delayed(Duration::from_secs(1)),
            dangdang_tests::fixture("order_goods_send.xml"),
        ],
    );
    let error = client.order_goods_send(&one_shipment()).await.unwrap_err();
    assert!(
        matches!(error, Error::Timeout { method: order_goods_send::METHOD, limit: TimeLimit::Attempt(_), attempt: 1 }),
        "{error:?}"
    );
    assert_eq!(server.requests_for(order_goods_send::METHOD).len(), 1, "the shipment may have arrived: sent once");
}

// 7. Connection dropped mid-body ---------------------------------------------------------------------------

/// `Error::Transport` while reading the body: the status and headers had arrived.
#[track_caller]
fn assert_mid_body_transport_error(error: &Error, expected_method: &str) {
    match error {
        Error::Transport { method, source } => {
            assert_eq!(*method, expected_method);
            // reqwest reports a failed body read as a decode error wrapping a body error.
            assert!(source.is_body() || source.is_decode(), "the failure is in the body: {source:?}");
            assert!(!source.is_connect() && !source.is_request(), "the headers had arrived: {source:?}");
        }
        other => panic!("expected Error::Transport, got {other:?}"),
    }
}

#[tokio::test]
async fn a_connection_dropped_mid_body_is_a_transport_error_after_the_read_retries() {
    let (server, client) = start();
    server.respond(orders_list_get::METHOD, dangdang_tests::fixture("orders_list_get.xml").cut_after(700));
    let error = list_orders(&client).await.unwrap_err();
    assert_mid_body_transport_error(&error, orders_list_get::METHOD);
    assert!(error.raw_body().is_none(), "a partial body is not a reply");
    assert_eq!(server.requests_for(orders_list_get::METHOD).len(), 3, "retried per the policy (3 attempts)");
}

#[tokio::test]
async fn a_read_dropped_mid_body_once_is_retried_and_succeeds() {
    let (server, client) = start();
    server.respond_sequence(
        orders_list_get::METHOD,
        vec![
            dangdang_tests::fixture("orders_list_get.xml").cut_after(700),
            dangdang_tests::fixture("orders_list_get.xml"),
        ],
    );
    assert_eq!(list_orders(&client).await.unwrap().orders_list.len(), 2);
    assert_eq!(server.requests_for(orders_list_get::METHOD).len(), 2);
}

#[tokio::test]
async fn a_write_dropped_mid_body_or_after_the_headers_is_a_transport_error_and_not_sent_again() {
    for cut in [300, 0] {
        let (server, client) = start();
        server.respond(order_goods_send::METHOD, dangdang_tests::fixture("order_goods_send.xml").cut_after(cut));
        let error = client.order_goods_send(&one_shipment()).await.unwrap_err();
        assert_mid_body_transport_error(&error, order_goods_send::METHOD);
        assert_eq!(server.requests_for(order_goods_send::METHOD).len(), 1, "cut {cut}: a write is sent once");
    }
}

// 8. Oversized bodies ----------------------------------------------------------------------------------------

#[tokio::test]
async fn a_huge_body_stops_at_the_cap_without_reading_the_rest() {
    const CAP: usize = 1024 * 1024;
    const LEN: u64 = 64 * 1024 * 1024;
    let server = dangdang_tests::sandbox();
    let client = common::client_for(&server, |builder| builder.max_response_bytes(CAP).retry(RetryPolicy::none()));
    server.respond(orders_list_get::METHOD, Reply::huge(LEN));
    let error = list_orders(&client).await.unwrap_err();
    assert!(matches!(error, Error::ResponseTooLarge { method: orders_list_get::METHOD, limit: CAP }), "{error:?}");

    // The client dropped the connection: the fake stops generating well before the end.
    let deadline = Instant::now() + Duration::from_secs(10);
    while server.open_streams() > 0 {
        assert!(Instant::now() < deadline, "the huge body is still being sent");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // The reply announces its length, so the client refuses it before reading the body (a reply
    // without `Content-Length` is read up to the cap, `tests/tests/memory_peak.rs`).
    let streamed = server.streamed_bytes();
    assert!(streamed < LEN / 2, "the client stopped reading, the server sent {streamed} of {LEN} bytes");
}

#[tokio::test]
async fn a_chunked_body_without_a_length_is_read_only_up_to_the_cap() {
    const CAP: usize = 1024 * 1024;
    // Two 768 KiB chunks: nothing announces the size, so the cap is found while reading.
    let chunk = format!("{:x}\r\n{}\r\n", 768 * 1024, "x".repeat(768 * 1024));
    let reply = format!("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{chunk}{chunk}0\r\n\r\n");
    let server = HostileServer::start(Behaviour::Raw(reply.into_bytes()));
    let config = SandboxConfig::default();
    let client = Client::builder(config.app_key, config.app_secret, config.session)
        .endpoint(format!("{}/openapi/rest", server.base_url()))
        .max_response_bytes(CAP)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = list_orders(&client).await.unwrap_err();
    assert!(matches!(error, Error::ResponseTooLarge { limit: CAP, .. }), "{error:?}");
}

#[tokio::test]
async fn a_body_of_exactly_the_cap_is_read_and_one_byte_more_is_too_large() {
    let body = gbk(&fixture_text("orders_list_get.xml"));
    for (cap, fits) in [(body.len(), true), (body.len() - 1, false)] {
        let server = dangdang_tests::sandbox();
        let client = common::client_for(&server, |builder| builder.max_response_bytes(cap));
        server.respond(orders_list_get::METHOD, xml_200(body.clone()));
        match list_orders(&client).await {
            Ok(page) if fits => assert_eq!(page.orders_list.len(), 2),
            Err(Error::ResponseTooLarge { limit, .. }) if !fits => assert_eq!(limit, cap),
            other => panic!("cap {cap} for a {}-byte body: {other:?}", body.len()),
        }
    }
}
