//! Shared by the order-sync tests: runs until the book is quiet, killing at a point, and the tally.

#![allow(dead_code, reason = "each test file uses part of these helpers")]

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use chrono::DateTime;
use dangdang_api::rt::sync::{Checkpoint, Version};
use dangdang_api::{BeijingTime, Error, Stream, StreamExt};
use dangdang_tests::order_book::OrderBook;

/// The book, shared by the fetch function, the clock and the test.
pub type SharedBook = Arc<Mutex<OrderBook>>;

/// Locks the book.
pub fn lock(book: &SharedBook) -> MutexGuard<'_, OrderBook> {
    book.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Unix seconds as a [`BeijingTime`].
pub fn beijing(secs: i64) -> BeijingTime {
    BeijingTime::from_local(DateTime::from_timestamp(secs + 8 * 3600, 0).expect("a valid instant").naive_utc())
}

/// What a sync handed out, reduced to what the checks need.
#[derive(Debug, Clone, PartialEq)]
pub enum Seen {
    /// An order version and its state.
    Order { id: i64, modified: i64, state: i32 },
    /// A checkpoint.
    Checkpoint(Checkpoint),
}

/// Everything handed out until the book was quiet.
#[derive(Debug)]
pub struct Walk {
    pub events: Vec<Seen>,
    pub runs: usize,
    /// The book as it stood when the walk was killed (see [`sync_until_quiet`]).
    pub at_kill: Option<OrderBook>,
}

/// Runs syncs from `from`, each to `now − lag`, the clock moving 5 s between runs, until every
/// change of the book is applied; then moves the clock past the lag and runs once more, so the
/// last checkpoint lies after every version.
///
/// After `kill_after` events, a copy of the book is kept: the gateway as it stood when a client
/// killed at that point went away (the walk itself goes on, uninterrupted).
pub async fn sync_until_quiet<S>(
    book: &SharedBook,
    lag_secs: i64,
    from: Checkpoint,
    kill_after: Option<usize>,
    mut start_run: impl FnMut(Checkpoint) -> S,
) -> Result<Walk, Error>
where
    S: Stream<Item = Result<Seen, Error>>,
{
    let mut checkpoint = from;
    let mut walk = Walk { events: Vec::new(), runs: 0, at_kill: None };
    let mut last_run = false;
    loop {
        walk.runs += 1;
        let mut run = Box::pin(start_run(checkpoint.clone()));
        while let Some(event) = run.next().await {
            let event = event?;
            if let Seen::Checkpoint(reached) = &event {
                checkpoint = reached.clone();
            }
            walk.events.push(event);
            if Some(walk.events.len()) == kill_after {
                walk.at_kill = Some(lock(book).clone());
            }
        }
        if last_run {
            return Ok(walk);
        }
        let mut book = lock(book);
        last_run = book.moves_left() == 0;
        book.advance(if last_run { lag_secs + 1 } else { 5 });
    }
}

/// The orders handed out (id, last-modified) in order.
pub fn versions(events: &[Seen]) -> Vec<(i64, i64)> {
    events
        .iter()
        .filter_map(|event| match event {
            Seen::Order { id, modified, .. } => Some((*id, *modified)),
            Seen::Checkpoint(_) => None,
        })
        .collect()
}

/// The last checkpoint among `events`.
pub fn last_checkpoint(events: &[Seen]) -> Option<&Checkpoint> {
    events.iter().rev().find_map(|event| match event {
        Seen::Checkpoint(checkpoint) => Some(checkpoint),
        Seen::Order { .. } => None,
    })
}

/// The last state handed out per order, by the order's position in `book`.
pub fn final_states(book: &SharedBook, events: &[Seen]) -> Vec<Option<i32>> {
    let book = lock(book);
    let mut last = vec![None; book.len()];
    for event in events {
        if let Seen::Order { id, state, .. } = event {
            last[book.index_of(*id).expect("an order of the book")] = Some(*state);
        }
    }
    last
}

/// The checks of one walk against the book.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Orders handed out (versions, with repeats).
    pub handed_out: usize,
    /// Versions handed out more than once.
    pub duplicates: usize,
    /// Versions handed out that never existed in the book.
    pub invented: usize,
    /// **Missed**: orders whose current version the final checkpoint covers (last-modified before
    /// its time, or at it with the id in its `seen_at`) but which were never handed out.
    pub missed: usize,
    /// Orders whose current version the final checkpoint does not cover (0 after a quiet walk).
    pub beyond_checkpoint: usize,
}

/// Tallies `handed_out` against the book's current versions and `checkpoint`.
pub fn tally(book: &OrderBook, handed_out: &[(i64, i64)], checkpoint: &Checkpoint) -> Tally {
    // The versions handed out, by the order's position in the book.
    let mut seen: Vec<Vec<i64>> = vec![Vec::new(); book.len()];
    let mut tally = Tally { handed_out: handed_out.len(), ..Tally::default() };
    for &(id, modified) in handed_out {
        let Some(index) = book.index_of(id).filter(|_| book.existed(id, modified)) else {
            tally.invented += 1;
            continue;
        };
        if seen[index].contains(&modified) {
            tally.duplicates += 1;
        } else {
            seen[index].push(modified);
        }
    }
    let at = checkpoint.at().to_utc().timestamp();
    for (index, (id, modified)) in book.current_versions().enumerate() {
        // `Checkpoint::covers`, without building a `Version` for each order.
        let covered = modified < at
            || (modified == at && checkpoint.covers(&Version { id: id.to_string(), modified: beijing(modified) }));
        if !covered {
            tally.beyond_checkpoint += 1;
        } else if !seen[index].contains(&modified) {
            tally.missed += 1;
        }
    }
    tally
}

/// Asserts that `events` handed out every order's current version exactly once, and nothing that
/// never existed, and that its last checkpoint covers every version; returns the tally.
pub fn assert_exactly_once(book: &SharedBook, events: &[Seen], what: &str) -> Tally {
    let counted = tally(&lock(book), &versions(events), last_checkpoint(events).expect("a checkpoint"));
    assert_eq!(
        (counted.missed, counted.duplicates, counted.invented, counted.beyond_checkpoint),
        (0, 0, 0, 0),
        "{what}: {counted:?}"
    );
    counted
}

/// What a client killed after `kill_after` events of `whole` had stored: the events up to its
/// last checkpoint, that checkpoint in its string form (`from`'s before the first), and whether
/// the kill fell mid-window.
pub fn stored_at_kill(whole: &Walk, kill_after: usize, from: &Checkpoint) -> (Vec<Seen>, String, bool) {
    let before_kill = &whole.events[..kill_after];
    let committed = before_kill.iter().rposition(|e| matches!(e, Seen::Checkpoint(_))).map_or(0, |i| i + 1);
    let stored = last_checkpoint(before_kill).unwrap_or(from).to_string();
    (before_kill[..committed].to_vec(), stored, committed < kill_after)
}
