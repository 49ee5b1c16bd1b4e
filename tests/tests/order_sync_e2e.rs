//! The order sync end to end: `dangdang_api::sync::orders` over loopback HTTP against a stateful
//! fake `orders.list.get` (signed requests, GBK XML) whose orders change while it is walked.

mod common;
mod order_sync_common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use dangdang_api::orders::orders_list_get;
use dangdang_api::sync::{self, Checkpoint, SyncEvent, SyncSettings};
use dangdang_api::{Client, Error, StreamExt};
use dangdang_tests::Reply;
use dangdang_tests::order_book::{BookConfig, OrderBook};
use dangdang_tests::sync_gateway::SyncGateway;
use order_sync_common::{
    Seen, SharedBook, assert_exactly_once, beijing, final_states, lock, stored_at_kill, sync_until_quiet, versions,
};

const ORDERS: usize = 1_000;
const LAG_SECS: i64 = 60;

fn client_for(gateway: &SyncGateway) -> Client {
    let config = gateway.config();
    Client::builder(config.app_key.clone(), config.app_secret.clone(), config.session.clone())
        .endpoint(gateway.endpoint())
        .build()
        .unwrap()
}

fn settings_for(book: &SharedBook, window: Duration) -> SyncSettings {
    let clock = Arc::clone(book);
    SyncSettings::new()
        .window(window)
        .lag(Duration::from_secs(LAG_SECS as u64))
        .max_pages_per_window(10)
        .clock(move || beijing(lock(&clock).now()))
}

/// One run of the Dangdang sync against the gateway.
fn dangdang_run(
    client: &Client,
    settings: &SyncSettings,
    page_size: i32,
    from: Checkpoint,
) -> impl dangdang_api::Stream<Item = Result<Seen, Error>> + use<> {
    let filter = orders_list_get::Request::new().page_size(page_size);
    sync::orders(client, filter, from, settings).map(|event| {
        event.map(|event| match event {
            SyncEvent::Record(order) => seen(order),
            SyncEvent::Checkpoint(checkpoint) => Seen::Checkpoint(checkpoint),
        })
    })
}

/// An order as the checks see it.
fn seen(order: orders_list_get::OrderInfo) -> Seen {
    Seen::Order {
        id: order.order_id,
        modified: order.last_modify_time.unwrap().to_utc().timestamp(),
        state: order.order_state.unwrap().to_string().parse().unwrap(),
    }
}

#[tokio::test]
async fn three_seeds_over_http_miss_nothing_repeat_nothing_and_resume_after_a_kill() {
    for seed in [1, 2, 3] {
        let page_size = [5, 10, 20][seed as usize % 3];
        let config = BookConfig {
            seed,
            orders: ORDERS,
            span_secs: 86_400,
            hot_percent: 30,
            hot_seconds: 10,
            move_percent: 20,
            moves_per_fetch: (page_size as usize * 2 / 7).max(1),
        };
        let book: SharedBook = Arc::new(Mutex::new(OrderBook::new(&config)));
        let gateway = SyncGateway::start(Arc::clone(&book));
        let client = client_for(&gateway);
        let settings = settings_for(&book, Duration::from_secs(6 * 3600));
        let from = Checkpoint::start(beijing(lock(&book).now() - 86_400 - 60));
        let kill_after = fastrand::Rng::with_seed(seed).usize(1..ORDERS);
        let whole = sync_until_quiet(&book, LAG_SECS, from.clone(), Some(kill_after), |from| {
            dangdang_run(&client, &settings, page_size, from)
        })
        .await
        .unwrap();
        let counted = assert_exactly_once(&book, &whole.events, &format!("seed {seed}"));
        assert_eq!(lock(&book).moves_left(), 0, "every change happened during the walk");
        println!("seed {seed}: {counted:?}, {} fetches over HTTP, {} runs", lock(&book).fetches(), whole.runs);

        // The client dies after `kill_after` events; the gateway goes on (its book as it stood
        // then); a new client resumes from the last checkpoint it stored.
        let (mut combined, stored, _) = stored_at_kill(&whole, kill_after, &from);
        let book: SharedBook = Arc::new(Mutex::new(whole.at_kill.clone().unwrap()));
        let gateway = SyncGateway::start(Arc::clone(&book));
        let client = client_for(&gateway);
        let settings = settings_for(&book, Duration::from_secs(6 * 3600));
        let resumed = sync_until_quiet(&book, LAG_SECS, stored.parse().unwrap(), None, |from| {
            dangdang_run(&client, &settings, page_size, from)
        })
        .await
        .unwrap();
        combined.extend(resumed.events);
        assert_exactly_once(&book, &combined, &format!("seed {seed} resumed"));
        assert!(final_states(&book, &combined) == final_states(&book, &whole.events), "seed {seed}: same final states");
    }
}

#[tokio::test]
async fn a_window_longer_than_the_specs_limit_is_refused_before_anything_is_sent() {
    let config = BookConfig {
        seed: 7,
        orders: 100,
        span_secs: 40 * 86_400,
        hot_percent: 0,
        hot_seconds: 1,
        move_percent: 0,
        moves_per_fetch: 0,
    };
    let book: SharedBook = Arc::new(Mutex::new(OrderBook::new(&config)));
    let gateway = SyncGateway::start(Arc::clone(&book));
    let from = Checkpoint::start(beijing(lock(&book).now() - 40 * 86_400));

    let too_long = settings_for(&book, Duration::from_secs(20 * 86_400));
    let events: Vec<_> = dangdang_run(&client_for(&gateway), &too_long, 20, from.clone()).collect().await;
    match &events[..] {
        [Err(Error::InvalidParam { method, param, rule })] => {
            assert_eq!(*method, orders_list_get::METHOD);
            assert!(param.contains("lastModifyTime_start"), "{param}");
            assert!(rule.contains("days"), "{rule}");
        }
        other => panic!("expected one InvalidParam error, got {other:?}"),
    }
    assert_eq!(lock(&book).fetches(), 0, "nothing was sent");

    // Within the limit the same backlog is walked in several windows.
    let fine = settings_for(&book, Duration::from_secs(10 * 86_400));
    let events: Vec<Seen> = dangdang_run(&client_for(&gateway), &fine, 20, from).map(Result::unwrap).collect().await;
    let windows = events.iter().filter(|e| matches!(e, Seen::Checkpoint(_))).count();
    assert_eq!((versions(&events).len(), windows), (100, 4));
}

#[tokio::test]
async fn an_order_without_last_modify_time_stops_the_run_with_a_typed_error() {
    let (server, client) = common::server_and_client();
    server.respond(
        orders_list_get::METHOD,
        Reply::xml(
            r#"<?xml version="1.0" encoding="GBK"?><response><totalInfo><orderCount>1</orderCount><pageTotal>1</pageTotal></totalInfo><OrdersList><OrderInfo><orderID>5081000001</orderID></OrderInfo></OrdersList></response>"#,
        ),
    );
    let settings = SyncSettings::new().clock(|| "2026-11-30 12:00:00".parse().unwrap());
    let from = Checkpoint::start("2026-11-30 00:00:00".parse().unwrap());
    let events: Vec<_> = sync::orders(&client, orders_list_get::Request::new(), from, &settings).collect().await;
    match &events[..] {
        [Err(Error::Pagination { page: 1, problem, .. })] => assert!(problem.contains("lastModifyTime"), "{problem}"),
        other => panic!("expected one pagination error, got {other:?}"),
    }
    let sent = server.requests_for(orders_list_get::METHOD);
    assert_eq!(sent.len(), 1);
    let params = &sent[0].business_params;
    assert_eq!((params["os"].as_str(), params["pageSize"].as_str(), params["p"].as_str()), ("9999", "20", "1"));
    assert_eq!(params["lastModifyTime_start"], "2026-11-30 00:00:00");
    assert_eq!(params["lastModifyTime_end"], "2026-11-30 11:55:00", "now minus the default 5-minute lag");
}
