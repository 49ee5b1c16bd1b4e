//! Many shops from one process against a gateway that allows each shop N calls a minute and
//! answers the rest with Dangdang's throttle reply. The client is never told N: it learns it from
//! the throttles. The gateway runs on the test's runtime, so its minute windows follow tokio's
//! paused clock and minutes take milliseconds.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{RawQuery, State};
use axum::response::IntoResponse;
use dangdang_api::orders::orders_list_get;
use dangdang_api::{Client, Error, SharedLimits};
use tokio::time::Instant;

/// Calls a shop may make per gateway minute.
const PER_MINUTE: u32 = 30;
const SHOPS: usize = 20;
const CLIENTS_PER_SHOP: usize = 4;
const READS_PER_CLIENT: usize = 50;
const THROTTLE: &str = "<?xml version=\"1.0\" encoding=\"GBK\"?><errorResponse><errorCode>7</errorCode>\
                        <errorMessage>SHOP访问API一分钟频次超限</errorMessage></errorResponse>";

/// The gateway: per session (one per shop), a count in the current fixed minute since it started.
struct Gateway {
    started: Instant,
    windows: Mutex<HashMap<String, (u64, u32)>>,
    replies: AtomicU64,
    throttled: AtomicU64,
    page: Vec<u8>,
    throttle: Vec<u8>,
}

async fn answer(State(gateway): State<Arc<Gateway>>, RawQuery(query): RawQuery) -> impl IntoResponse {
    let query = query.unwrap_or_default();
    let session = form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == "session")
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default();
    let minute = gateway.started.elapsed().as_secs() / 60;
    let allowed = {
        let mut windows = gateway.windows.lock().unwrap();
        let (window, count) = windows.entry(session).or_insert((minute, 0));
        if *window != minute {
            (*window, *count) = (minute, 0);
        }
        *count += 1;
        *count <= PER_MINUTE
    };
    gateway.replies.fetch_add(1, Ordering::Relaxed);
    let body = if allowed {
        gateway.page.clone()
    } else {
        gateway.throttled.fetch_add(1, Ordering::Relaxed);
        gateway.throttle.clone()
    };
    ([(axum::http::header::CONTENT_TYPE, "text/xml")], body)
}

async fn start_gateway() -> (String, Arc<Gateway>) {
    let page = std::fs::read_to_string(dangdang_tests::fixture_path("orders_list_get_single.xml")).unwrap();
    let gateway = Arc::new(Gateway {
        started: Instant::now(),
        windows: Mutex::default(),
        replies: AtomicU64::new(0),
        throttled: AtomicU64::new(0),
        page: encoding_rs::GBK.encode(&page).0.into_owned(),
        throttle: encoding_rs::GBK.encode(THROTTLE).0.into_owned(),
    });
    let app = axum::Router::new().fallback(answer).with_state(Arc::clone(&gateway));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let endpoint = format!("http://{}/openapi/rest", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (endpoint, gateway)
}

#[tokio::test(start_paused = true)]
async fn twenty_shops_share_one_process_without_surfacing_a_throttle() {
    let (endpoint, gateway) = start_gateway().await;
    let limits = SharedLimits::new();
    let wall = std::time::Instant::now();
    let started = Instant::now();
    let mut tasks = Vec::new();
    for shop in 0..SHOPS {
        for _ in 0..CLIENTS_PER_SHOP {
            // Each client of a shop built on its own, as separate parts of an ERP would: one budget.
            let client = Client::builder("2100000000", "app secret", format!("SESSION-OF-SHOP-{shop:02}"))
                .endpoint(&endpoint)
                .shared_limits(&limits, format!("shop-{shop}"))
                .deadline(Duration::from_secs(600))
                .build()
                .unwrap();
            tasks.push(tokio::spawn(async move {
                let mut errors = Vec::new();
                for _ in 0..READS_PER_CLIENT {
                    if let Err(error) = client.orders_list_get(&orders_list_get::Request::new()).await {
                        errors.push(error);
                    }
                }
                errors
            }));
        }
    }
    let mut errors: Vec<Error> = Vec::new();
    for task in tasks {
        errors.extend(task.await.unwrap());
    }
    let (replies, throttled) = (gateway.replies.load(Ordering::Relaxed), gateway.throttled.load(Ordering::Relaxed));
    let reads = (SHOPS * CLIENTS_PER_SHOP * READS_PER_CLIENT) as u64;
    let fraction = throttled as f64 / replies as f64;
    println!(
        "{SHOPS} shops x {} reads, gateway limit {PER_MINUTE}/min/shop: {replies} replies, {throttled} throttled \
         ({:.2} %), {} errors; {:?} of gateway time in {:?} of wall time; shop-0 learned {:.1} calls/min",
        CLIENTS_PER_SHOP * READS_PER_CLIENT,
        fraction * 100.0,
        errors.len(),
        started.elapsed(),
        wall.elapsed(),
        limits.current_rate("shop-0").unwrap_or_default() * 60.0,
    );
    assert!(errors.is_empty(), "no error reaches the caller: {:?}", errors.first());
    assert_eq!(replies - throttled, reads, "every read succeeded once");
    assert!(fraction <= 0.05, "at most 5 % of replies throttled: {throttled} of {replies}");
}
