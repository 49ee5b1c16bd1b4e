//! Throttles, `Retry-After`, shared budgets, cancellation and session refreshes, on tokio's paused
//! clock against a loopback server on the same runtime: minutes of waiting take milliseconds.

mod common;

use std::borrow::Cow;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use common::{OK, THROTTLE, Toy, json, reply, serve, serve_with};
use open_platform_runtime::{
    Call, Client, ClientBuilder, Error, RetryPolicy, Safety, SharedLimits, ShopLimit, ThrottleOutcome, Transport,
};
use tokio::time::Instant;

fn builder(toy: Toy, endpoint: &str) -> ClientBuilder {
    ClientBuilder::new(Arc::new(toy), endpoint)
}

fn call(safety: Safety) -> Call {
    Call::raw("toy.things.query", Transport::Get, safety, vec![(Cow::Borrowed("x"), "1".to_owned())])
}

#[tokio::test(start_paused = true)]
async fn a_read_throttled_forever_ends_at_its_deadline_with_the_throttle() {
    let server = serve(Vec::new(), |_| THROTTLE.to_owned()).await;
    let deadline = Duration::from_secs(20);
    let client: Client = builder(Toy::default(), &server.endpoint).deadline(deadline).build().unwrap();
    let started = Instant::now();
    let error = client.execute(call(Safety::Read)).await.unwrap_err();
    let elapsed = started.elapsed();
    let Error::Throttled { outcome: ThrottleOutcome::ReadGaveUp { attempts }, .. } = &error else {
        panic!("{error:?}")
    };
    // The budget closes for a minute; the read makes one last attempt just before its deadline.
    assert_eq!((*attempts, server.count()), (2, 2), "{error}");
    assert!(elapsed >= deadline.mul_f64(0.9) && elapsed <= deadline, "ended {elapsed:?} into a {deadline:?} deadline");
    println!("throttled forever: ended after {elapsed:?} of a {deadline:?} deadline, {attempts} attempts");
}

#[tokio::test(start_paused = true)]
async fn a_throttled_read_waits_for_the_next_window_and_a_throttled_write_is_sent_once() {
    let server = serve(vec![THROTTLE.to_owned()], |_| OK.to_owned()).await;
    let client: Client = builder(Toy::default(), &server.endpoint).deadline(Duration::from_secs(300)).build().unwrap();
    let started = Instant::now();
    client.execute(call(Safety::Read)).await.expect("retried after the window");
    assert!(started.elapsed() >= Duration::from_secs(60), "waited out the minute: {:?}", started.elapsed());
    assert_eq!(server.count(), 2);

    let server = serve(vec![THROTTLE.to_owned()], |_| OK.to_owned()).await;
    let client: Client = builder(Toy::default(), &server.endpoint).build().unwrap();
    let error = client.execute(call(Safety::Write)).await.unwrap_err();
    assert!(matches!(error, Error::Throttled { outcome: ThrottleOutcome::WriteNotResent, .. }), "{error:?}");
    assert!(error.to_string().contains("a write is never re-sent"), "{error}");
    assert_eq!(server.count(), 1, "the write was sent once");
}

#[tokio::test(start_paused = true)]
async fn retry_after_is_honoured_in_seconds_and_as_a_date_and_never_past_the_deadline() {
    let unavailable = reply(503, &[("retry-after", "7")], "{}");
    let mut script = vec![unavailable].into_iter();
    let server = serve_with(move |_| script.next().unwrap_or_else(|| json(OK))).await;
    let client: Client = builder(Toy::default(), &server.endpoint).build().unwrap();
    let started = Instant::now();
    client.execute(call(Safety::Read)).await.expect("retried after 7 s");
    let waited = started.elapsed();
    assert!(waited >= Duration::from_secs(7) && waited < Duration::from_secs(8), "{waited:?}");

    let date = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(30));
    let mut script = vec![reply(429, &[("retry-after", &date)], "{}")].into_iter();
    let server = serve_with(move |_| script.next().unwrap_or_else(|| json(OK))).await;
    let client: Client = builder(Toy::default(), &server.endpoint).deadline(Duration::from_secs(60)).build().unwrap();
    let started = Instant::now();
    client.execute(call(Safety::Read)).await.expect("retried at the date");
    let waited = started.elapsed();
    assert!(waited >= Duration::from_secs(28) && waited <= Duration::from_secs(31), "{waited:?}");

    let server = serve_with(|_| reply(503, &[("retry-after", "120")], "{}")).await;
    let client: Client = builder(Toy::default(), &server.endpoint).build().unwrap();
    let started = Instant::now();
    let error = client.execute(call(Safety::Read)).await.unwrap_err();
    assert!(matches!(error, Error::HttpStatus { status: 503, .. }), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(1), "no waiting past the 30 s deadline: {:?}", started.elapsed());
    assert_eq!(server.count(), 1);
}

#[tokio::test(start_paused = true)]
async fn clients_of_one_shop_share_its_budget_and_its_throttles() {
    let server = serve(vec![THROTTLE.to_owned()], |_| OK.to_owned()).await;
    let limits = SharedLimits::new();
    limits.set("shop-7", ShopLimit::per_second(2.0)).unwrap();
    let build = |limits: &SharedLimits, shop: &str| -> Client {
        builder(Toy::default(), &server.endpoint)
            .shared_limits(limits, shop)
            .deadline(Duration::from_secs(600))
            .build()
            .unwrap()
    };
    let (first, second, other) = (build(&limits, "shop-7"), build(&limits, "shop-7"), build(&limits, "shop-8"));
    let started = Instant::now();
    // The first call is throttled: the shop's budget closes for a minute, for both of its clients.
    first.execute(call(Safety::Read)).await.expect("retried after the window");
    assert!(started.elapsed() >= Duration::from_secs(60));
    let rate = limits.current_rate("shop-7").unwrap();
    assert!(rate < 2.0, "the throttle lowered the shop's rate: {rate}");
    let before = Instant::now();
    for _ in 0..3 {
        let (a, b) = tokio::join!(first.execute(call(Safety::Read)), second.execute(call(Safety::Read)));
        a.unwrap();
        b.unwrap();
    }
    let spacing = before.elapsed().as_secs_f64() / 6.0;
    assert!(spacing * rate >= 0.8, "six calls of two clients keep one pace: {spacing} s apart at {rate}/s");
    let before = Instant::now();
    other.execute(call(Safety::Read)).await.unwrap();
    assert!(before.elapsed() < Duration::from_millis(10), "another shop has its own budget");
    assert_eq!(limits.current_rate("shop-8"), None);
}

#[tokio::test(start_paused = true)]
async fn a_dropped_call_gives_its_slot_back() {
    let server = serve(Vec::new(), |_| OK.to_owned()).await;
    let client: Client = builder(Toy::default(), &server.endpoint).rate_limit(1.0).build().unwrap();
    let started = Instant::now();
    client.execute(call(Safety::Read)).await.unwrap();
    // The second call waits for the slot at 1 s and is dropped at 0.5 s.
    let dropped = tokio::time::timeout(Duration::from_millis(500), client.execute(call(Safety::Read))).await;
    assert!(dropped.is_err(), "still waiting for its slot");
    client.execute(call(Safety::Read)).await.unwrap();
    let third = started.elapsed();
    assert!(
        third >= Duration::from_secs(1) && third < Duration::from_millis(1100),
        "the slot at 1 s was free: {third:?}"
    );
    assert_eq!(server.count(), 2, "the dropped call was never sent");
}

/// A server that refuses every session but `fresh-N`, counting refreshes in the hook.
async fn refresh_setup(hook_delay: Duration) -> (common::Server, Client, Arc<AtomicU32>) {
    let server = serve_with(|line| {
        if line.contains("session=fresh") { json(OK) } else { json(r#"{"status":401,"message":"session expired"}"#) }
    })
    .await;
    let refreshes = Arc::new(AtomicU32::new(0));
    let counter = Arc::clone(&refreshes);
    let client = builder(Toy::with_session("stale-SESSION-0"), &server.endpoint)
        .refresh_session(move || {
            let counter = Arc::clone(&counter);
            async move {
                tokio::time::sleep(hook_delay).await;
                Ok(format!("fresh-{}", counter.fetch_add(1, Ordering::SeqCst) + 1))
            }
        })
        .build()
        .unwrap();
    (server, client, refreshes)
}

#[tokio::test(start_paused = true)]
async fn a_refused_session_is_refreshed_once_and_the_call_retried_once() {
    let (server, client, refreshes) = refresh_setup(Duration::from_millis(100)).await;
    let (a, b) = tokio::join!(client.execute(call(Safety::Write)), client.execute(call(Safety::Read)));
    a.expect("the write was refused before it ran: retried after the refresh");
    b.expect("the read too");
    assert_eq!(refreshes.load(Ordering::SeqCst), 1, "two calls refused with the same session: one refresh");
    assert_eq!(server.count(), 4);

    // A gateway that refuses every session: one refresh, one retry, then the error.
    let server = serve(Vec::new(), |_| r#"{"status":401,"message":"bad session"}"#.to_owned()).await;
    let calls = Arc::new(AtomicU32::new(0));
    let counter = Arc::clone(&calls);
    let client: Client = builder(Toy::with_session("s"), &server.endpoint)
        .refresh_session(move || {
            counter.fetch_add(1, Ordering::SeqCst);
            async { Ok("still-bad".to_owned()) }
        })
        .build()
        .unwrap();
    let error = client.execute(call(Safety::Read)).await.unwrap_err();
    assert!(matches!(error, Error::SessionExpired { .. }), "{error:?}");
    assert_eq!((calls.load(Ordering::SeqCst), server.count()), (1, 2));

    let error = builder(Toy::default(), &server.endpoint).refresh_session(|| async { Ok(String::new()) }).build();
    assert!(matches!(error, Err(Error::Config(message)) if message.contains("sends no session")));
}

#[tokio::test(start_paused = true)]
async fn a_call_dropped_during_a_refresh_leaves_the_refresh_lock_free() {
    let (_server, client, refreshes) = refresh_setup(Duration::from_secs(10)).await;
    let dropped = tokio::time::timeout(Duration::from_secs(1), client.execute(call(Safety::Read))).await;
    assert!(dropped.is_err(), "dropped inside the 10 s refresh");
    let started = Instant::now();
    client.execute(call(Safety::Read)).await.expect("the next call refreshes");
    assert!(started.elapsed() < Duration::from_secs(11), "{:?}", started.elapsed());
    assert_eq!(refreshes.load(Ordering::SeqCst), 1, "the dropped refresh never finished");
}

#[tokio::test(start_paused = true)]
async fn retries_off_means_a_throttled_read_is_returned_at_once() {
    let server = serve(Vec::new(), |_| THROTTLE.to_owned()).await;
    let client: Client = builder(Toy::default(), &server.endpoint).retry(RetryPolicy::none()).build().unwrap();
    let error = client.execute(call(Safety::Read)).await.unwrap_err();
    assert!(matches!(error, Error::Throttled { outcome: ThrottleOutcome::ReadGaveUp { attempts: 1 }, .. }));
    assert!(error.to_string().ends_with("; not retried"), "{error}");
}
