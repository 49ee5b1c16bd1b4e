//! The whole-sync walk of the `sync` and `sync_memory` benches: a seeded sandbox shop on a fixed
//! clock, and the walks over it — the sync loop with each order's details read one at a time or
//! several at once, and a bare reqwest loop over the same URLs.

#![allow(dead_code, reason = "each bench uses part of the shared walk")]

use std::time::Duration;

use dangdang_api::orders::{order_details_get, orders_list_get};
use dangdang_api::sync::{self, Checkpoint, SyncEvent, SyncSettings};
use dangdang_api::{BeijingTime, Client, SharedLimits, StreamExt};
use dangdang_sandbox::{Clock, ReceivedRequest, Sandbox, SandboxConfig};

/// The shop's seed: the same seed and order count give the same shop.
pub const SEED: u64 = 16;
/// The shop's clock stands still here, so every run walks the same shop.
pub const SHOP_TIME: &str = "2026-11-01 12:00:00";
/// Details calls in flight at once in the concurrent walk.
pub const CONCURRENCY: usize = 8;
/// The shop key of the shared rate budget (a learned limit: not paced until the gateway throttles).
pub const SHOP: &str = "bench-shop";
/// The sync's window: the longest `dangdang.orders.list.get` allows (its spec's `max_span`, 15 days).
pub const WINDOW_DAYS: u64 = 15;

/// Where a walk reads from: the gateway, its test credentials, and the span of the shop's changes.
#[derive(Debug, Clone)]
pub struct Target {
    /// The gateway URL.
    pub endpoint: String,
    /// Before the oldest change in the shop (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub from: String,
    /// The shop's time (no change after it).
    pub until: String,
}

/// A sandbox of `orders` orders on the fixed clock, and the walk's target.
pub fn start_sandbox(orders: usize) -> (Sandbox, Target) {
    let at = dangdang_sandbox::signature::parse_beijing(SHOP_TIME).expect("SHOP_TIME is a Beijing time");
    let sandbox =
        Sandbox::builder().seed(SEED).orders(orders).clock(Clock::manual(at)).start().expect("the sandbox starts");
    let oldest = sandbox.shop().orders.values().map(|order| order.modified).min().unwrap_or(at);
    let from = dangdang_sandbox::signature::format_beijing(oldest - chrono::Duration::minutes(1));
    let target = Target { endpoint: sandbox.endpoint(), from, until: SHOP_TIME.to_owned() };
    (sandbox, target)
}

/// A client of the sandbox's test shop, paced by `limits`' budget for [`SHOP`].
pub fn client(target: &Target, limits: &SharedLimits) -> Client {
    let config = SandboxConfig::default();
    Client::builder(config.app_key, config.app_secret, config.session)
        .endpoint(&target.endpoint)
        .shared_limits(limits, SHOP)
        .build()
        .expect("the client builds")
}

/// What a walk read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Walked {
    /// Orders whose details were read.
    pub orders: usize,
    /// The sum of their ids (the same set of orders gives the same sum).
    pub id_sum: i64,
}

/// The sync loop from before the oldest change to the shop's time (an hour later by its clock, minus
/// the default lag): every order once, each order's details read after its list page, at most
/// `concurrency` details calls in flight (1: one at a time). Checkpoints come out after the details
/// of every order before them, as an application would store them.
pub async fn sync_walk(client: &Client, target: &Target, concurrency: usize) -> Walked {
    let from: BeijingTime = target.from.parse().expect("a Beijing time");
    let until: BeijingTime = target.until.parse().expect("a Beijing time");
    let now = BeijingTime::from_local(until.local() + chrono::Duration::hours(1));
    let settings = SyncSettings::new().window(Duration::from_secs(WINDOW_DAYS * 24 * 3600)).clock(move || now);
    let events = sync::orders(client, orders_list_get::Request::new(), Checkpoint::start(from), &settings);
    let details = events.map(|event| {
        let client = client.clone();
        async move {
            match event.expect("the sync reads every page") {
                SyncEvent::Record(order) => {
                    let request = order_details_get::Request::new().order_id(order.order_id);
                    let reply = client.send(&request).await.expect("the details call succeeds");
                    assert_eq!(reply.order_id, order.order_id);
                    Some(reply.order_id)
                }
                SyncEvent::Checkpoint(_) => None,
            }
        }
    });
    let mut ids = Box::pin(details.buffered(concurrency.max(1)));
    let mut walked = Walked { orders: 0, id_sum: 0 };
    while let Some(id) = ids.next().await {
        if let Some(id) = id {
            walked.orders += 1;
            walked.id_sum += id;
        }
    }
    walked
}

/// The URLs of `calls` (requests the sandbox accepted), signed afresh (the signature's timestamp
/// must be recent): the same method and business parameters.
pub fn same_urls_of(sandbox: &Sandbox, calls: &[ReceivedRequest]) -> Vec<String> {
    calls
        .iter()
        .map(|request| {
            let method = request.api_method.as_deref().expect("an accepted call names its method");
            let business: Vec<(&str, &str)> =
                request.business_params.iter().map(|(name, value)| (name.as_str(), value.as_str())).collect();
            format!("{}?{}", sandbox.endpoint(), sandbox.signed_query(method, &business))
        })
        .collect()
}

/// The floor: GETs every URL and reads its body, nothing decoded, at most `concurrency` at once.
/// Returns the body bytes read.
pub async fn bare_walk(http: &reqwest::Client, urls: &[String], concurrency: usize) -> u64 {
    let bodies = futures_util::stream::iter(urls)
        .map(|url| async move {
            let response = http.get(url).send().await.expect("bare GET");
            assert!(response.status().is_success());
            response.bytes().await.expect("bare body").len() as u64
        })
        .buffered(concurrency.max(1));
    bodies.fold(0, |total, bytes| async move { total + bytes }).await
}

/// The current-thread runtime every walk runs on (the sandbox has its own thread and runtime).
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a tokio runtime")
}
