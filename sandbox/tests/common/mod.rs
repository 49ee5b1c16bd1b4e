//! Shared set-up: a sandbox on a manual clock and a `dangdang-api` client pointed at it.

#![allow(dead_code, reason = "each test file uses part of these helpers")]

use std::time::Duration;

use dangdang_api::{Client, RetryPolicy, ShopLimit};
use dangdang_sandbox::{Clock, Sandbox};

/// The shop clock's start: 2026-01-05 12:00:00 Beijing time.
pub fn start_time() -> chrono::DateTime<chrono::Utc> {
    dangdang_sandbox::signature::parse_beijing("2026-01-05 12:00:00").expect("valid time")
}

/// A sandbox with `orders` orders (seed 7, 6 items) on a manual clock at [`start_time`].
pub fn sandbox(orders: usize) -> Sandbox {
    Sandbox::builder()
        .seed(7)
        .orders(orders)
        .items(6)
        .clock(Clock::manual(start_time()))
        .start()
        .expect("sandbox starts")
}

/// A client with the sandbox's credentials; reads retried up to 3 times with millisecond backoff,
/// and a throttle closing the shop's budget for 20 ms (not the default minute).
pub fn client(sandbox: &Sandbox) -> Client {
    Client::builder(sandbox.app_key(), sandbox.app_secret(), sandbox.session())
        .endpoint(sandbox.endpoint())
        .limit(ShopLimit::learned().window(Duration::from_millis(20)))
        .retry(RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(2),
            max_backoff: Duration::from_millis(5),
        })
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client builds")
}
