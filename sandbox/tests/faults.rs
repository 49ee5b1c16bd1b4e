//! Every fault kind, set from Rust and through the admin path, observed by the real client as the
//! right typed error; a fault that keeps the call's effect (slow, cut, charset) still changes the shop.

mod common;

use std::time::Duration;

use dangdang_api::items::item_stock_update;
use dangdang_api::orders::orders_list_get;
use dangdang_api::{Client, Error, TimeLimit};
use dangdang_sandbox::{Fault, Sandbox};

const LIST: &str = orders_list_get::METHOD;

async fn list(client: &Client) -> Result<orders_list_get::Response, Error> {
    client.orders_list_get(&orders_list_get::Request::new()).await
}

/// A sandbox with `fault` on the next `n` calls of orders.list.get, and a client.
fn with_fault(n: u32, fault: Fault) -> (Sandbox, Client) {
    let sandbox = common::sandbox(10);
    sandbox.faults().next(LIST, n, fault);
    let client = common::client(&sandbox);
    (sandbox, client)
}

#[tokio::test]
async fn throttle_is_throttled_and_a_read_recovers_after_it() {
    let (sandbox, client) = with_fault(1, Fault::Throttle);
    // One throttle: the client's read retry gets the normal page on its next attempt.
    assert!(list(&client).await.is_ok());
    assert_eq!(sandbox.requests_for(LIST).len(), 2);
    // Throttled on every attempt: the read retries until its deadline, then says so.
    sandbox.faults().next(LIST, 1_000, Fault::Throttle);
    let impatient = Client::builder(sandbox.app_key(), sandbox.app_secret(), sandbox.session())
        .endpoint(sandbox.endpoint())
        .limit(dangdang_api::ShopLimit::learned().window(Duration::from_millis(20)))
        .deadline(Duration::from_millis(300))
        .build()
        .expect("client builds");
    match list(&impatient).await {
        Err(Error::Throttled { code, message, .. }) => {
            assert_eq!((code.as_str(), message.as_str()), ("12", "SHOP访问API一分钟频次超限"))
        }
        other => panic!("expected Throttled, got {other:?}"),
    }
}

#[tokio::test]
async fn http_5xx_is_http_status() {
    let (_sandbox, client) = with_fault(3, Fault::HttpStatus(502));
    match list(&client).await {
        Err(Error::HttpStatus { status, raw, .. }) => {
            assert_eq!(status, 502);
            assert!(raw.text_lossy().contains("502"));
        }
        other => panic!("expected HttpStatus 502, got {other:?}"),
    }
}

#[tokio::test]
async fn slow_reply_times_out() {
    let sandbox = common::sandbox(3);
    sandbox.faults().next(LIST, 3, Fault::Slow(Duration::from_millis(400)));
    let client = Client::builder(sandbox.app_key(), sandbox.app_secret(), sandbox.session())
        .endpoint(sandbox.endpoint())
        .retry(dangdang_api::RetryPolicy {
            max_attempts: 1,
            initial_backoff: Duration::ZERO,
            max_backoff: Duration::ZERO,
        })
        .timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    match list(&client).await {
        Err(Error::Timeout { limit: TimeLimit::Attempt(_), .. }) => {}
        other => panic!("expected an attempt timeout, got {other:?}"),
    }
}

#[tokio::test]
async fn cut_body_is_a_transport_error_but_the_write_happened() {
    let sandbox = common::sandbox(3);
    let client = common::client(&sandbox);
    let item = sandbox.shop().items.values().next().cloned().unwrap();
    sandbox.faults().next(item_stock_update::METHOD, 1, Fault::CutBody);
    match client.item_stock_update(&item_stock_update::Request::new(item.outer_id.clone(), 9)).await {
        Err(Error::Transport { .. }) => {}
        other => panic!("expected a transport error, got {other:?}"),
    }
    assert_eq!(sandbox.requests_for(item_stock_update::METHOD).len(), 1, "a write is never retried");
    assert_eq!(sandbox.shop().items[&item.id].stock, 9, "only the reply was lost");
}

#[tokio::test]
async fn html_page_is_a_decode_error() {
    let (_sandbox, client) = with_fault(3, Fault::Html);
    match list(&client).await {
        Err(Error::Decode { path, raw, .. }) => {
            assert_eq!(path, ".");
            assert!(raw.bytes().starts_with(b"<!DOCTYPE html>"));
        }
        other => panic!("expected Decode at `.`, got {other:?}"),
    }
}

#[tokio::test]
async fn mislabelled_charset_is_a_charset_error() {
    let (_sandbox, client) = with_fault(3, Fault::MislabelledCharset);
    match list(&client).await {
        Err(Error::Charset { raw, .. }) => assert!(raw.text_lossy().contains("encoding=\"GBK\"")),
        other => panic!("expected Charset, got {other:?}"),
    }
}

#[tokio::test]
async fn in_body_error_is_a_business_error() {
    let (_sandbox, client) = with_fault(1, Fault::BusinessError(500, "系统异常".into()));
    match list(&client).await {
        Err(Error::Business { code, message, .. }) => {
            assert_eq!((code.as_str(), message.as_str()), ("500", "系统异常"))
        }
        other => panic!("expected Business, got {other:?}"),
    }
    assert!(list(&client).await.is_ok(), "the rule fired once");
}

#[tokio::test]
async fn rate_one_hits_every_call_and_rate_zero_none() {
    let sandbox = common::sandbox(3);
    let client = common::client(&sandbox);
    sandbox.faults().rate("*", 0.0, Fault::Html);
    assert!(list(&client).await.is_ok());
    sandbox.faults().clear();
    sandbox.faults().rate("*", 1.0, Fault::BusinessError(7, "x".into()));
    assert!(matches!(list(&client).await, Err(Error::Business { .. })));
}

#[tokio::test]
async fn admin_path_sets_lists_and_clears_faults() {
    let sandbox = common::sandbox(3);
    // Throttles not retried: the first call meets the fault (and closes the budget for 20 ms).
    let client = Client::builder(sandbox.app_key(), sandbox.app_secret(), sandbox.session())
        .endpoint(sandbox.endpoint())
        .limit(dangdang_api::ShopLimit::learned().window(Duration::from_millis(20)))
        .retry(dangdang_api::RetryPolicy::none())
        .build()
        .expect("client builds");
    let http = reqwest::Client::new();
    let admin = format!("{}/faults", sandbox.admin_url());
    let added = http.post(format!("{admin}?fault=throttle&next=4&method={LIST}")).send().await.unwrap();
    assert_eq!(added.status(), 200);
    let rules = http.get(&admin).send().await.unwrap().text().await.unwrap();
    assert_eq!(rules, format!("{LIST} next 4 throttle\n"));
    assert!(matches!(list(&client).await, Err(Error::Throttled { .. })));
    assert_eq!(http.delete(&admin).send().await.unwrap().status(), 200);
    assert!(list(&client).await.is_ok());
    let bad = http.post(format!("{admin}?fault=boom")).send().await.unwrap();
    assert_eq!(bad.status(), 400);
    assert!(bad.text().await.unwrap().contains("unknown fault `boom`"));
    let unknown = http.post(format!("{admin}?fault=html&method=dangdang.nope")).send().await.unwrap();
    assert_eq!(unknown.status(), 400);
    let clock = http.post(format!("{}/clock?advance=60", sandbox.admin_url())).send().await.unwrap();
    assert_eq!(clock.text().await.unwrap(), "2026-01-05 12:01:00\n");
}
