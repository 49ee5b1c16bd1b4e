//! End-to-end: the per-attempt timeout and the whole-call deadline against a gateway that hangs,
//! trickles its body, fails slowly, or is rate-limited — async and blocking clients alike.

mod common;

use std::time::{Duration, Instant};

use dangdang_api::orders::orders_list_get;
use dangdang_api::prelude::*;
use dangdang_api::{Client, ClientBuilder, Error, RetryPolicy, TimeLimit};
use dangdang_tests::{Behaviour, HostileServer, Reply, SandboxConfig};

/// A generous bound on how late a call may end after its limit fired (scheduling on a busy machine);
/// the hostile server would hold the call for a minute.
const SLACK: Duration = Duration::from_millis(1500);

fn builder(server: &HostileServer) -> ClientBuilder {
    let config = SandboxConfig::default();
    Client::builder(config.app_key, config.app_secret, config.session)
        .endpoint(format!("{}/openapi/rest", server.base_url()))
}

fn retries(max_attempts: u32) -> RetryPolicy {
    RetryPolicy { max_attempts, initial_backoff: Duration::from_millis(1), max_backoff: Duration::from_millis(5) }
}

async fn list(client: &Client) -> (Error, Duration) {
    let started = Instant::now();
    let error = client.orders_list_get(&orders_list_get::Request::new()).await.unwrap_err();
    (error, started.elapsed())
}

#[tokio::test]
async fn a_hanging_gateway_ends_at_the_deadline_not_after_every_attempt() {
    let server = HostileServer::start(Behaviour::Hang);
    let client = builder(&server)
        .retry(retries(10))
        .attempt_timeout(Duration::from_millis(150))
        .deadline(Duration::from_millis(400))
        .build()
        .unwrap();
    let (error, elapsed) = list(&client).await;
    // Ten attempts would take 1.5 s. The call ends at the deadline, or (when timers fire late on a
    // loaded machine and no backoff fits before the deadline) with the last attempt's timeout
    // just before it.
    match &error {
        Error::Timeout { limit: TimeLimit::Deadline(limit), attempt, .. } => {
            assert_eq!(*limit, Duration::from_millis(400));
            assert!((1..=3).contains(attempt), "150 ms attempts within 400 ms: {attempt}");
            assert!(error.to_string().contains("deadline"), "{error}");
            assert!(elapsed >= Duration::from_millis(400), "{elapsed:?}");
        }
        Error::Timeout { limit: TimeLimit::Attempt(_), attempt, .. } => {
            assert!((2..=3).contains(attempt), "{attempt}");
            assert!(elapsed >= Duration::from_millis(250), "{elapsed:?}");
        }
        other => panic!("expected the deadline, got {other:?}"),
    }
    assert!(elapsed < Duration::from_millis(400) + SLACK, "{elapsed:?}");
    assert!((1..=3).contains(&server.connections()), "{} attempts", server.connections());
}

#[tokio::test]
async fn each_attempt_is_limited_and_retried_within_the_deadline() {
    let server = HostileServer::start(Behaviour::Hang);
    let client = builder(&server)
        .retry(retries(3))
        .attempt_timeout(Duration::from_millis(100))
        .deadline(Duration::from_secs(20))
        .build()
        .unwrap();
    let (error, elapsed) = list(&client).await;
    assert!(
        matches!(error, Error::Timeout { limit: TimeLimit::Attempt(limit), attempt: 3, .. } if limit == Duration::from_millis(100)),
        "{error:?}"
    );
    assert!(error.to_string().contains("per-attempt timeout"), "{error}");
    assert!(elapsed < Duration::from_millis(300) + SLACK, "{elapsed:?}");
    assert_eq!(server.connections(), 3);
}

#[tokio::test]
async fn a_body_trickling_under_every_timeout_ends_at_the_deadline() {
    // One byte every 20 ms never lets a read stall, and the attempt timeout is long: only the
    // deadline covers reading the body.
    let server = HostileServer::start(Behaviour::Drip { every: Duration::from_millis(20) });
    let client = builder(&server)
        .retry(retries(3))
        .attempt_timeout(Duration::from_secs(30))
        .deadline(Duration::from_millis(300))
        .build()
        .unwrap();
    let (error, elapsed) = list(&client).await;
    assert!(matches!(error, Error::Timeout { limit: TimeLimit::Deadline(_), attempt: 1, .. }), "{error:?}");
    assert!(elapsed < Duration::from_millis(300) + SLACK, "{elapsed:?}");
}

#[tokio::test]
async fn a_trickling_body_is_cut_by_the_attempt_timeout_too() {
    let server = HostileServer::start(Behaviour::Drip { every: Duration::from_millis(20) });
    let client =
        builder(&server).retry(RetryPolicy::none()).attempt_timeout(Duration::from_millis(200)).build().unwrap();
    let (error, elapsed) = list(&client).await;
    assert!(matches!(error, Error::Timeout { limit: TimeLimit::Attempt(_), attempt: 1, .. }), "{error:?}");
    assert!(elapsed < Duration::from_millis(200) + SLACK, "{elapsed:?}");
}

#[tokio::test]
async fn no_backoff_is_started_that_would_end_past_the_deadline() {
    let server = dangdang_tests::sandbox();
    server.respond(orders_list_get::METHOD, Reply::raw(503, "text/html", "<html>503</html>"));
    let policy = RetryPolicy {
        max_attempts: 5,
        initial_backoff: Duration::from_secs(3600),
        max_backoff: Duration::from_secs(3600),
    };
    let client = common::client_for(&server, |builder| builder.retry(policy).deadline(Duration::from_millis(500)));
    let started = Instant::now();
    let error = client.orders_list_get(&orders_list_get::Request::new()).await.unwrap_err();
    // Either the last real error (no time left for a pause) or the deadline inside a short pause.
    assert!(
        matches!(error, Error::HttpStatus { status: 503, .. } | Error::Timeout { limit: TimeLimit::Deadline(_), .. }),
        "{error:?}"
    );
    assert!(started.elapsed() < Duration::from_millis(500) + SLACK, "{:?}", started.elapsed());
}

#[tokio::test]
async fn a_rate_limit_slot_past_the_deadline_fails_at_once() {
    let server = dangdang_tests::sandbox();
    server.respond(orders_list_get::METHOD, dangdang_tests::fixture("orders_list_get_single.xml"));
    let client = common::client_for(&server, |builder| builder.rate_limit(0.5).deadline(Duration::from_millis(500)));
    client.orders_list_get(&orders_list_get::Request::new()).await.expect("the first call has a slot at once");
    let started = Instant::now();
    let error = client.orders_list_get(&orders_list_get::Request::new()).await.unwrap_err();
    assert!(matches!(error, Error::Timeout { limit: TimeLimit::Deadline(_), attempt: 1, .. }), "{error:?}");
    assert!(started.elapsed() < Duration::from_millis(400), "no waiting for a slot 2 s away: {:?}", started.elapsed());
    assert_eq!(server.requests_for(orders_list_get::METHOD).len(), 1, "the second call was never sent");
}

#[test]
fn the_blocking_client_keeps_the_deadline() {
    let server = HostileServer::start(Behaviour::Drip { every: Duration::from_millis(20) });
    let client = builder(&server).retry(retries(5)).deadline(Duration::from_millis(300)).build().unwrap();
    let client = dangdang_api::blocking::Client::new(client).unwrap();
    let started = Instant::now();
    let error = orders_list_get::Request::new().send_blocking(&client).unwrap_err();
    assert!(matches!(error, Error::Timeout { limit: TimeLimit::Deadline(_), .. }), "{error:?}");
    assert!(started.elapsed() < Duration::from_millis(300) + SLACK, "{:?}", started.elapsed());
}

#[test]
fn the_defaults_keep_the_readme_promise() {
    // README: a call ends within 30 s whatever the gateway does; one attempt may take 15 s.
    assert_eq!(dangdang_api::DEFAULT_DEADLINE, Duration::from_secs(30));
    assert!(dangdang_api::DEFAULT_ATTEMPT_TIMEOUT < dangdang_api::DEFAULT_DEADLINE);
    assert!(dangdang_api::DEFAULT_CONNECT_TIMEOUT < dangdang_api::DEFAULT_ATTEMPT_TIMEOUT);
}

#[tokio::test]
async fn an_oauth_call_ends_at_its_timeout_against_a_hanging_or_trickling_endpoint() {
    for behaviour in [Behaviour::Hang, Behaviour::Drip { every: Duration::from_millis(20) }] {
        let server = HostileServer::start(behaviour.clone());
        let config = SandboxConfig::default();
        let oauth = dangdang_api::oauth::OAuthClient::builder(config.app_key, config.app_secret)
            .endpoint(format!("{}/token", server.base_url()))
            .timeout(Duration::from_millis(250))
            .build()
            .unwrap();
        let started = Instant::now();
        let error = oauth.refresh("R").await.unwrap_err();
        let timed_out =
            Error::Timeout { method: "refresh", limit: TimeLimit::Attempt(Duration::from_millis(250)), attempt: 1 };
        assert_eq!(format!("{error:?}"), format!("{:?}", dangdang_api::oauth::OAuthError::Call(timed_out)));
        assert!(started.elapsed() < Duration::from_millis(250) + SLACK, "{behaviour:?}: {:?}", started.elapsed());
    }
}
