//! Tracing: every call is an `api.call` span with an `api.attempt` child per attempt, fields named
//! per OpenTelemetry's semantic conventions, throttles, waits and retries as events, and never a
//! secret, at TRACE level.

mod common;

use std::time::Duration;

use dangdang_api::orders::orders_list_get;
use dangdang_api::{RetryPolicy, SharedLimits, ShopLimit};
use dangdang_tests::{Reply, SandboxConfig};

const THROTTLE: &str = r#"<?xml version="1.0" encoding="GBK"?><errorResponse><errorCode>7</errorCode><errorMessage>SHOP访问API一分钟频次超限</errorMessage></errorResponse>"#;

#[test]
fn every_attempt_is_a_child_span_with_open_telemetry_fields_and_no_secret() {
    let server = dangdang_tests::sandbox();
    let limits = SharedLimits::with_default(ShopLimit::learned().window(Duration::from_millis(20))).unwrap();
    let client = common::client_for(&server, |builder| {
        let fast = RetryPolicy { initial_backoff: Duration::from_millis(5), ..RetryPolicy::default() };
        builder.retry(fast).shared_limits(&limits, "shop-42")
    });
    let unavailable = Reply::raw(503, "text/html", "<html>503</html>");
    let replies = vec![unavailable, Reply::xml(THROTTLE), dangdang_tests::fixture("orders_list_get.xml")];
    server.respond_sequence(orders_list_get::METHOD, replies);
    let log = dangdang_tests::trace_capture::traced(|runtime| {
        runtime.block_on(client.orders_list_get(&orders_list_get::Request::new())).expect("the third attempt succeeds");
    });
    let call = "api.call{rpc.system=\"dangdang\" rpc.method=\"dangdang.orders.list.get\" server.address=127.0.0.1 \
                shop=\"shop-42\"";
    assert!(log.contains(call), "{log}");
    for attempt in 0..3 {
        assert!(
            log.contains(&format!(":api.attempt{{http.request.resend_count={attempt}")),
            "attempt {attempt}: {log}"
        );
    }
    for field in [
        "http.response.status_code=503",
        "error.type=\"http_status\"",
        "error.type=\"throttled\"",
        "http.response.status_code=200",
        "latency_ms=",
    ] {
        assert!(log.contains(field), "{field}: {log}");
    }
    for event in
        ["attempt failed", "throttled: the shop's budget is closed", "the read is retried when", "reply received"]
    {
        assert!(log.contains(event), "{event}: {log}");
    }
    let config = SandboxConfig::default();
    assert!(!log.contains(&config.app_secret), "secret leaked: {log}");
    assert!(!log.contains(&config.session), "session leaked: {log}");
}
