//! The sync core against an in-memory order book that changes while it is walked: 100 seeds of
//! 10,000 orders, 20% of them changed during the walk, 0 missed, 0 duplicates, kill and resume.

mod order_sync_common;

use std::collections::HashSet;
use std::future::ready;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dangdang_api::rt::sync::{self, Checkpoint, FetchedPage, SyncEvent, SyncSettings, Version};
use dangdang_api::{Error, Stream, StreamExt};
use dangdang_tests::order_book::{BookConfig, Order, OrderBook};
use order_sync_common::{
    Seen, SharedBook, Tally, assert_exactly_once, beijing, final_states, last_checkpoint, lock, stored_at_kill,
    sync_until_quiet, tally, versions,
};

const SEEDS: u64 = 100;
const ORDERS: usize = 10_000;
const LAG_SECS: i64 = 60;
const PAGE_SIZES: [u32; 4] = [5, 10, 15, 20];

/// One seed's book and sync settings.
struct Case {
    config: BookConfig,
    page_size: u32,
    window: Duration,
    max_pages: u32,
}

fn case(seed: u64) -> Case {
    let mut rng = fastrand::Rng::with_seed(seed ^ 0x5eed);
    let page_size = PAGE_SIZES[rng.usize(..PAGE_SIZES.len())];
    // Changes spread over about the first 70% of a walk's fetches.
    let moves_per_fetch = (page_size as usize * 2 / 7).max(1);
    Case {
        config: BookConfig {
            seed,
            orders: ORDERS,
            span_secs: 2 * 86_400,
            hot_percent: 30,
            hot_seconds: 60,
            move_percent: 20,
            moves_per_fetch,
        },
        page_size,
        window: [Duration::from_secs(3600), Duration::from_secs(6 * 3600), Duration::from_secs(86_400)][rng.usize(..3)],
        max_pages: [5, 10, 20][rng.usize(..3)],
    }
}

fn settings_for(case: &Case, book: &SharedBook) -> SyncSettings {
    let clock = Arc::clone(book);
    SyncSettings::new()
        .window(case.window)
        .lag(Duration::from_secs(LAG_SECS as u64))
        .max_pages_per_window(case.max_pages)
        .clock(move || beijing(lock(&clock).now()))
}

fn secs(time: dangdang_api::BeijingTime) -> i64 {
    time.to_utc().timestamp()
}

/// A page of the book as the sync's fetch function returns it.
fn fetched(orders: Vec<Order>, total_pages: u32, total_records: u64) -> FetchedPage<Order> {
    let records = orders
        .into_iter()
        .map(|order| (Version { id: order.id.to_string(), modified: beijing(order.modified) }, order))
        .collect();
    FetchedPage { total_pages, total_records: Some(total_records), records }
}

fn seen(event: SyncEvent<Order>) -> Seen {
    match event {
        SyncEvent::Record(order) => Seen::Order { id: order.id, modified: order.modified, state: order.state },
        SyncEvent::Checkpoint(checkpoint) => Seen::Checkpoint(checkpoint),
    }
}

/// One run of the core over the book; every page fetch lets the book change first.
fn core_run(
    book: &SharedBook,
    settings: &SyncSettings,
    page_size: u32,
    from: Checkpoint,
) -> impl Stream<Item = Result<Seen, Error>> + use<> {
    let book = Arc::clone(book);
    sync::run("orders.list.get (in memory)", from, settings, move |request| {
        let answer =
            lock(&book).fetch(secs(request.window.start), secs(request.window.end), request.page, page_size, None);
        ready(Ok(fetched(answer.orders, answer.total_pages, answer.total_records)))
    })
    .map(|event| event.map(seen))
}

fn start(book: &SharedBook) -> Checkpoint {
    // Two days and a minute back: before every order.
    Checkpoint::start(beijing(lock(book).now() - 2 * 86_400 - 60))
}

#[tokio::test]
async fn a_hundred_seeded_walks_miss_nothing_repeat_nothing_and_resume_exactly() {
    let mut totals = Tally::default();
    let mut rules = HashSet::new();
    let mut end_rules = HashSet::new();
    let (mut fetches, mut changes, mut kills_mid_window) = (0, 0, 0);
    for seed in 0..SEEDS {
        let case = case(seed);
        // Uninterrupted.
        let book: SharedBook = Arc::new(Mutex::new(OrderBook::new(&case.config)));
        let settings = settings_for(&case, &book);
        let from = start(&book);
        changes += lock(&book).moves_left();
        // Every order is handed out at least once, so the walk has more events than orders.
        let kill_after = fastrand::Rng::with_seed(seed).usize(1..ORDERS);
        let whole = sync_until_quiet(&book, LAG_SECS, from.clone(), Some(kill_after), |from| {
            core_run(&book, &settings, case.page_size, from)
        })
        .await
        .unwrap();
        let counted = assert_exactly_once(&book, &whole.events, &format!("seed {seed}"));
        assert_eq!(lock(&book).moves_left(), 0);
        rules.insert(format!("{:?}", lock(&book).rule()));
        end_rules.insert(lock(&book).end_inclusive());
        fetches += lock(&book).fetches();
        add(&mut totals, counted);

        // Killed after a random event: the gateway goes on from where it stood then (the copy of
        // the book); the sync resumes from the last checkpoint it stored before the kill.
        let (mut combined, stored, mid_window) = stored_at_kill(&whole, kill_after, &from);
        kills_mid_window += usize::from(mid_window);
        let book: SharedBook = Arc::new(Mutex::new(whole.at_kill.clone().unwrap()));
        let settings = settings_for(&case, &book);
        let resumed = sync_until_quiet(&book, LAG_SECS, stored.parse().unwrap(), None, |from| {
            core_run(&book, &settings, case.page_size, from)
        })
        .await
        .unwrap();
        combined.extend(resumed.events);
        assert_exactly_once(&book, &combined, &format!("seed {seed} resumed"));
        let states = final_states(&book, &combined);
        assert!(states.iter().all(Option::is_some), "seed {seed}: every order was handed out");
        assert!(
            states == final_states(&book, &whole.events),
            "seed {seed}: killed and resumed, the last state handed out per order is the uninterrupted walk's"
        );
    }
    println!(
        "order sync, {SEEDS} seeds x {ORDERS} orders: {} versions handed out, {changes} changes during the walks, \
         {fetches} page fetches; missed {}, duplicates {}, invented {}; {kills_mid_window} kills fell mid-window",
        totals.handed_out, totals.missed, totals.duplicates, totals.invented
    );
    assert_eq!(rules.len(), 7, "every sort rule was drawn: {rules:?}");
    assert_eq!(end_rules.len(), 2, "inclusive and exclusive window ends were drawn");
}

fn add(totals: &mut Tally, tally: Tally) {
    totals.handed_out += tally.handed_out;
    totals.missed += tally.missed;
    totals.duplicates += tally.duplicates;
    totals.invented += tally.invented;
}

/// Resuming from a checkpoint of a walk over a book that no longer changes hands out exactly the
/// versions that followed that checkpoint (4 random checkpoints of each of 10 seeds, plus the
/// string form of each on the way).
#[tokio::test]
async fn resuming_from_any_checkpoint_hands_out_exactly_the_rest() {
    for seed in 0..10 {
        let case = case(seed);
        let mut config = case.config.clone();
        config.move_percent = 0;
        let book: SharedBook = Arc::new(Mutex::new(OrderBook::new(&config)));
        let now = lock(&book).now();
        let settings = settings_for(&case, &book).clock(move || beijing(now));
        let walk =
            |from: Checkpoint| core_run(&book, &settings, case.page_size, from).map(Result::unwrap).collect::<Vec<_>>();
        let whole = walk(start(&book)).await;
        let checkpoints: Vec<usize> =
            whole.iter().enumerate().filter(|(_, e)| matches!(e, Seen::Checkpoint(_))).map(|(i, _)| i).collect();
        assert!(checkpoints.len() > 3, "seed {seed}: several windows");
        let mut rng = fastrand::Rng::with_seed(seed);
        for _ in 0..4 {
            let at = checkpoints[rng.usize(..checkpoints.len())];
            let Seen::Checkpoint(checkpoint) = &whole[at] else { unreachable!() };
            let checkpoint: Checkpoint = checkpoint.to_string().parse().unwrap();
            let rest: HashSet<(i64, i64)> = versions(&walk(checkpoint).await).into_iter().collect();
            let expected: HashSet<(i64, i64)> = versions(&whole[at + 1..]).into_iter().collect();
            assert_eq!(rest, expected, "seed {seed}, checkpoint #{at}");
        }
        let counted = tally(&lock(&book), &versions(&whole), last_checkpoint(&whole).unwrap());
        assert_eq!((counted.missed, counted.duplicates, counted.invented), (0, 0, 0), "seed {seed}: {counted:?}");
        assert_eq!(counted.handed_out + counted.beyond_checkpoint, ORDERS);
    }
}

/// The same books walked forward (page 1, 2, …) lose orders: the shifting the test guards
/// against really happens.
#[test]
fn a_forward_walk_of_the_same_books_misses_orders() {
    let mut missed = 0;
    for seed in 0..10 {
        let case = case(seed);
        let mut book = OrderBook::new(&case.config);
        let mut handed_out = HashSet::new();
        let mut start = book.now() - 2 * 86_400 - 60;
        while book.moves_left() > 0 || start < book.now() - LAG_SECS {
            let end = (start + 3600).min(book.now() - LAG_SECS);
            let mut page = 1;
            loop {
                let answer = book.fetch(start, end, page, case.page_size, None);
                handed_out.extend(answer.orders.iter().map(|order| (order.id, order.modified)));
                if page >= answer.total_pages {
                    break;
                }
                page += 1;
            }
            start = end;
            if book.moves_left() == 0 && start >= book.now() - LAG_SECS {
                break;
            }
        }
        missed += book
            .current_versions()
            .filter(|&(_, modified)| modified < start)
            .filter(|version| !handed_out.contains(version))
            .count();
    }
    println!("forward walk, 10 seeds: {missed} orders missed");
    assert!(missed > 0, "a forward walk misses orders on these books");
}
