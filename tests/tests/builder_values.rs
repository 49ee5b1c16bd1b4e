//! No builder value panics: every public setter of the client, the retry policy, the rate limit and
//! the OAuth client, fed an exhaustive table of edge values, either builds a client whose first
//! call does not panic, or fails `build()` with a `Config` error naming the setting.
//!
//! An exhaustive table rather than proptest: the values that break arithmetic on `f64` and `Duration`
//! are a known, finite set of boundaries (zero, negative zero, subnormals, `MIN_POSITIVE`, the
//! one-call-a-day bound and its neighbours, `MAX`, infinities, NaN) that random sampling would rarely
//! hit exactly, and the table needs no extra crates on a machine where every build counts.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Duration;

use dangdang_api::oauth::OAuthClient;
use dangdang_api::orders::orders_list_get;
use dangdang_api::prelude::*;
use dangdang_api::{Client, ClientBuilder, Error, MIN_CALLS_PER_SECOND, RetryPolicy};
use dangdang_tests::FAKE_AUTH_CODE;

/// How long a first call may run before the test moves on (a value may legitimately mean "wait a
/// day"; only panics are being looked for).
const CALL_BUDGET: Duration = Duration::from_millis(300);

fn rates() -> Vec<f64> {
    vec![
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        0.0,
        -0.0,
        -1.0,
        -f64::MIN_POSITIVE,
        5e-324,
        f64::MIN_POSITIVE,
        1e-300,
        1e-19,
        1e-6,
        MIN_CALLS_PER_SECOND * (1.0 - f64::EPSILON),
        MIN_CALLS_PER_SECOND,
        MIN_CALLS_PER_SECOND * (1.0 + f64::EPSILON),
        1e-3,
        0.5,
        1.0,
        1e9,
        1e300,
        f64::MAX,
    ]
}

fn durations() -> Vec<Duration> {
    vec![
        Duration::ZERO,
        Duration::from_nanos(1),
        Duration::from_millis(1),
        Duration::from_secs(1),
        Duration::from_secs(u64::MAX / 2),
        Duration::new(u64::MAX, 0),
        Duration::MAX,
    ]
}

/// One builder setting with one value: its name (as `Config` errors must spell it) and the setter.
struct Case {
    setting: &'static str,
    value: String,
    apply: Box<dyn Fn(ClientBuilder) -> ClientBuilder>,
}

fn case(
    setting: &'static str,
    value: impl std::fmt::Debug,
    apply: impl Fn(ClientBuilder) -> ClientBuilder + 'static,
) -> Case {
    Case { setting, value: format!("{value:?}"), apply: Box::new(apply) }
}

fn client_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for rate in rates() {
        cases.push(case("rate_limit", rate, move |b| b.rate_limit(rate)));
    }
    for value in durations() {
        cases.push(case("attempt_timeout", value, move |b| b.attempt_timeout(value)));
        cases.push(case("attempt_timeout", value, move |b| b.timeout(value)));
        cases.push(case("deadline", value, move |b| b.deadline(value)));
        cases.push(case("connect_timeout", value, move |b| b.connect_timeout(value)));
    }
    for bytes in [0, 1, 1024, usize::MAX] {
        cases.push(case("max_response_bytes", bytes, move |b| b.max_response_bytes(bytes)));
    }
    for max_attempts in [0, 1, 2, u32::MAX] {
        for initial_backoff in durations() {
            for max_backoff in durations() {
                let policy = RetryPolicy { max_attempts, initial_backoff, max_backoff };
                cases.push(case("retry.max_attempts", policy, move |b| b.retry(policy)));
            }
        }
    }
    // Timing settings together: a tiny attempt timeout forces retries, backoffs and the deadline.
    for attempt in [Duration::from_nanos(1), Duration::MAX] {
        for deadline in [Duration::from_nanos(1), Duration::from_millis(50), Duration::MAX] {
            for backoff in [Duration::ZERO, Duration::MAX] {
                let policy = RetryPolicy { max_attempts: u32::MAX, initial_backoff: backoff, max_backoff: backoff };
                let value = (attempt, deadline, policy);
                cases.push(case("(combined)", value, move |b| {
                    b.attempt_timeout(attempt).deadline(deadline).retry(policy)
                }));
            }
        }
    }
    for endpoint in ["", "api.open.dangdang.com", "ftp://x/", "http://", "https://[::1", "http://127.0.0.1:1/\u{0}"] {
        cases.push(case("endpoint", endpoint, move |b| b.endpoint(endpoint)));
    }
    cases
}

#[test]
fn no_client_builder_value_panics_in_build_or_in_the_first_call() {
    let server = dangdang_tests::sandbox();
    server.respond(orders_list_get::METHOD, dangdang_tests::fixture("orders_list_get_single.xml"));
    let config = server.config().clone();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let mut problems = Vec::new();
    let (mut built, mut refused) = (0, 0);
    for Case { setting, value, apply } in client_cases() {
        let builder = Client::builder(config.app_key.clone(), config.app_secret.clone(), config.session.clone())
            .endpoint(server.endpoint());
        let outcome = catch_unwind(AssertUnwindSafe(|| apply(builder).build()));
        let client = match outcome {
            Err(_) => {
                problems.push(format!("{setting} = {value}: build() panicked"));
                continue;
            }
            Ok(Err(Error::Config(message))) => {
                refused += 1;
                if setting != "(combined)" && !message.contains(setting) {
                    problems.push(format!("{setting} = {value}: the Config error does not name it: {message}"));
                }
                continue;
            }
            Ok(Err(other)) => {
                problems.push(format!("{setting} = {value}: not a Config error: {other:?}"));
                continue;
            }
            Ok(Ok(client)) => client,
        };
        built += 1;
        let call = catch_unwind(AssertUnwindSafe(|| {
            runtime.block_on(async {
                tokio::time::timeout(CALL_BUDGET, client.orders_list_get(&orders_list_get::Request::new())).await
            })
        }));
        if call.is_err() {
            problems.push(format!("{setting} = {value}: the first call panicked"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(built > 100 && refused > 50, "both outcomes are exercised: {built} built, {refused} refused");
}

#[test]
fn the_settings_the_issue_named_are_config_errors_naming_the_setting() {
    for rate in [1e-300, f64::MIN_POSITIVE, 1e-19, f64::NAN, f64::INFINITY, 0.0, -1.0] {
        let error = Client::builder("2100000000", "s", "t").rate_limit(rate).build().unwrap_err();
        assert!(matches!(&error, Error::Config(message) if message.starts_with("rate_limit")), "{rate}: {error}");
    }
    let zero = Duration::ZERO;
    for (setting, builder) in [
        ("attempt_timeout", Client::builder("2100000000", "s", "t").timeout(zero)),
        ("deadline", Client::builder("2100000000", "s", "t").deadline(zero)),
        ("connect_timeout", Client::builder("2100000000", "s", "t").connect_timeout(zero)),
        ("max_response_bytes", Client::builder("2100000000", "s", "t").max_response_bytes(0)),
        (
            "retry.max_attempts",
            Client::builder("2100000000", "s", "t").retry(RetryPolicy { max_attempts: 0, ..RetryPolicy::none() }),
        ),
    ] {
        let error = builder.build().unwrap_err();
        assert!(matches!(&error, Error::Config(message) if message.starts_with(setting)), "{setting}: {error}");
    }
}

#[test]
fn retry_backoff_never_panics_on_any_policy() {
    for max_attempts in [0, 1, u32::MAX] {
        for initial_backoff in durations() {
            for max_backoff in durations() {
                let policy = RetryPolicy { max_attempts, initial_backoff, max_backoff };
                for attempt in [0, 1, 2, 3, 21, 64, u32::MAX] {
                    let pause = catch_unwind(|| policy.backoff(attempt));
                    assert!(pause.is_ok_and(|pause| pause <= max_backoff), "{policy:?} attempt {attempt}");
                }
            }
        }
    }
}

#[test]
fn no_oauth_builder_value_panics_in_build_or_in_the_first_call() {
    let server = dangdang_tests::sandbox();
    let config = server.config().clone();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let mut problems = Vec::new();
    for value in durations() {
        for (setting, timeout, connect) in
            [("attempt_timeout", value, Duration::from_secs(1)), ("connect_timeout", Duration::from_secs(1), value)]
        {
            let builder = OAuthClient::builder(config.app_key.clone(), config.app_secret.clone())
                .endpoint(server.token_url())
                .timeout(timeout)
                .connect_timeout(connect);
            match catch_unwind(AssertUnwindSafe(|| builder.build())) {
                Err(_) => problems.push(format!("{setting} = {value:?}: build() panicked")),
                Ok(Err(Error::Config(message))) if message.contains(setting) => {}
                Ok(Err(other)) => problems.push(format!("{setting} = {value:?}: unexpected {other:?}")),
                Ok(Ok(client)) => {
                    let call = catch_unwind(AssertUnwindSafe(|| {
                        runtime.block_on(async {
                            let exchange = client.exchange_code(FAKE_AUTH_CODE, "https://e.example/cb", "");
                            tokio::time::timeout(CALL_BUDGET, exchange).await
                        })
                    }));
                    if call.is_err() {
                        problems.push(format!("{setting} = {value:?}: the first call panicked"));
                    }
                }
            }
        }
    }
    for url in ["", "token", "ftp://x/", "http://"] {
        let error = OAuthClient::builder("2100000000", "s").endpoint(url).build().unwrap_err();
        assert!(matches!(&error, Error::Config(message) if message.starts_with("endpoint")), "{url}: {error}");
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_blocking_client_with_edge_limits_does_not_panic() {
    let server = dangdang_tests::sandbox();
    server.respond(orders_list_get::METHOD, dangdang_tests::fixture("orders_list_get_single.xml"));
    let config = server.config().clone();
    for deadline in [Duration::from_nanos(1), Duration::MAX] {
        let client = Client::builder(config.app_key.clone(), config.app_secret.clone(), config.session.clone())
            .endpoint(server.endpoint())
            .deadline(deadline)
            .build()
            .unwrap();
        let client = dangdang_api::blocking::Client::new(client).unwrap();
        let outcome = catch_unwind(AssertUnwindSafe(|| orders_list_get::Request::new().send_blocking(&client)));
        assert!(outcome.is_ok(), "deadline {deadline:?}");
    }
}
