//! A seeded, changing order book for sync tests: `orders.list.get` by last-modified window and page,
//! in a per-seed sort order, with orders modified between page fetches.

use std::collections::BTreeSet;

use chrono::DateTime;

use crate::signature::{format_beijing, parse_beijing};

/// Order states a change picks from (Dangdang codes).
const STATES: [i32; 7] = [50, 100, 101, 300, 400, 1000, -100];

/// The first order id (Dangdang-like ten digits).
const FIRST_ID: i64 = 5_081_000_000;

/// What the book holds and how it changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookConfig {
    /// Seeds the orders, the sort order, the window-end rule and the changes.
    pub seed: u64,
    /// Orders in the book.
    pub orders: usize,
    /// Initial last-modified times lie in the `span_secs` seconds before the start time.
    pub span_secs: i64,
    /// Percent of the orders put on a few "hot" seconds (many orders sharing one second).
    pub hot_percent: u32,
    /// How many hot seconds.
    pub hot_seconds: usize,
    /// Percent of the orders changed while the walk is in progress (each once).
    pub move_percent: u32,
    /// Average changes applied before each page fetch (0 to twice this, at random).
    pub moves_per_fetch: usize,
}

/// The per-seed order of a window's rows (every rule is a fixed total order on unchanged rows).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortRule {
    /// Last-modified ascending, then id ascending.
    ModifiedThenId,
    /// Last-modified descending, then id ascending.
    NewestFirst,
    /// Last-modified ascending, then id descending.
    ModifiedThenIdDescending,
    /// Id descending only.
    IdDescending,
    /// A seeded scramble of the ids (an arbitrary but fixed order).
    Scrambled,
    /// Last-modified ascending, ties in scrambled order.
    ModifiedThenScrambled,
    /// Order state, then last-modified descending, then id.
    StateThenNewest,
}

const RULES: [SortRule; 7] = [
    SortRule::ModifiedThenId,
    SortRule::NewestFirst,
    SortRule::ModifiedThenIdDescending,
    SortRule::IdDescending,
    SortRule::Scrambled,
    SortRule::ModifiedThenScrambled,
    SortRule::StateThenNewest,
];

/// One order as the book holds it; times are Unix seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Order {
    /// Order id.
    pub id: i64,
    /// Last-modified time, Unix seconds.
    pub modified: i64,
    /// Order state code.
    pub state: i32,
}

/// One page of a window query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageAnswer {
    /// The page's orders, in the book's sort order.
    pub orders: Vec<Order>,
    /// Orders in the window.
    pub total_records: u64,
    /// Pages of the window (0 when it is empty).
    pub total_pages: u32,
}

/// The book: orders, an index by last-modified time, the clock, and the changes still to come.
#[derive(Debug, Clone)]
pub struct OrderBook {
    rng: fastrand::Rng,
    orders: Vec<Order>,
    by_modified: BTreeSet<(i64, i64)>,
    /// Every last-modified time each order ever had, by order index.
    history: Vec<Vec<i64>>,
    now: i64,
    rule: SortRule,
    salt: u64,
    end_inclusive: bool,
    pending: Vec<i64>,
    moves_per_fetch: usize,
    fetches: u64,
    /// The last window fetched, sorted, kept up to date through changes (so a walk of many pages
    /// sorts each window once).
    cache: Option<SortedWindow>,
}

/// One window's rows in the book's order.
#[derive(Debug, Clone)]
struct SortedWindow {
    start: i64,
    last: i64,
    state: Option<i32>,
    rows: Vec<((i64, i64, i64), i64)>,
}

impl SortedWindow {
    fn holds(&self, order: &Order) -> bool {
        self.start <= order.modified && order.modified <= self.last && self.state.is_none_or(|s| s == order.state)
    }
}

impl OrderBook {
    /// A book built from `config`; its clock starts one second after the newest order.
    pub fn new(config: &BookConfig) -> OrderBook {
        let mut rng = fastrand::Rng::with_seed(config.seed);
        let start = parse_beijing("2026-11-01 00:00:00").map_or(0, |t| t.timestamp());
        let first = start - config.span_secs;
        let hot: Vec<i64> = (0..config.hot_seconds.max(1)).map(|_| first + rng.i64(0..config.span_secs)).collect();
        let orders: Vec<Order> = (0..config.orders)
            .map(|i| {
                let modified = if rng.u32(0..100) < config.hot_percent {
                    hot[rng.usize(..hot.len())]
                } else {
                    first + rng.i64(0..config.span_secs)
                };
                Order { id: FIRST_ID + i as i64, modified, state: STATES[rng.usize(..STATES.len())] }
            })
            .collect();
        let mut pending: Vec<i64> = orders.iter().map(|order| order.id).collect();
        rng.shuffle(&mut pending);
        pending.truncate(config.orders * config.move_percent as usize / 100);
        OrderBook {
            by_modified: orders.iter().map(|order| (order.modified, order.id)).collect(),
            history: orders.iter().map(|order| vec![order.modified]).collect(),
            now: start,
            rule: RULES[rng.usize(..RULES.len())],
            salt: rng.u64(..),
            end_inclusive: rng.bool(),
            pending,
            moves_per_fetch: config.moves_per_fetch,
            fetches: 0,
            cache: None,
            orders,
            rng,
        }
    }

    /// The seed's sort order.
    pub fn rule(&self) -> SortRule {
        self.rule
    }

    /// Whether the window end is inclusive (else exclusive); the start always is.
    pub fn end_inclusive(&self) -> bool {
        self.end_inclusive
    }

    /// The book's clock, Unix seconds: the last-modified time a change gets.
    pub fn now(&self) -> i64 {
        self.now
    }

    /// Moves the clock forward.
    pub fn advance(&mut self, secs: i64) {
        self.now += secs;
    }

    /// Changes not yet applied.
    pub fn moves_left(&self) -> usize {
        self.pending.len()
    }

    /// Page fetches answered so far.
    pub fn fetches(&self) -> u64 {
        self.fetches
    }

    /// Every order's current (id, last-modified).
    pub fn current_versions(&self) -> impl Iterator<Item = (i64, i64)> + '_ {
        self.orders.iter().map(|order| (order.id, order.modified))
    }

    /// Whether (id, last-modified) ever existed.
    pub fn existed(&self, id: i64, modified: i64) -> bool {
        self.index_of(id).is_some_and(|index| self.history[index].contains(&modified))
    }

    /// Orders in the book.
    pub fn len(&self) -> usize {
        self.orders.len()
    }

    /// Whether the book has no orders.
    pub fn is_empty(&self) -> bool {
        self.orders.is_empty()
    }

    /// The order's position in the book (`0..len`), when the id is one of its orders.
    pub fn index_of(&self, id: i64) -> Option<usize> {
        usize::try_from(id - FIRST_ID).ok().filter(|&index| index < self.orders.len())
    }

    /// A page fetch: first the clock ticks (0 to 2 s) and some orders change (new last-modified
    /// time = the clock, new state), then page `page` (1-based) of the window is answered.
    pub fn fetch(&mut self, start: i64, end: i64, page: u32, page_size: u32, state: Option<i32>) -> PageAnswer {
        self.fetches += 1;
        self.now += self.rng.i64(0..=2);
        let moves = self.rng.usize(0..=2 * self.moves_per_fetch).min(self.pending.len());
        for _ in 0..moves {
            if let Some(id) = self.pending.pop() {
                self.change(id);
            }
        }
        let last = self.last(end);
        let cached = self.cache.as_ref().is_some_and(|c| (c.start, c.last, c.state) == (start, last, state));
        if !cached {
            let mut rows = self.keyed_rows(start, last, state);
            let size = page_size.max(1) as usize;
            if page <= 1 && rows.len() > size {
                // A probe: only the first page needs sorting (a window is often probed and shrunk).
                rows.select_nth_unstable(size);
                rows[..size].sort_unstable();
                let len = rows.len();
                return self.page_of(len, 1, page_size, |range| rows[range].iter().map(|&(_, id)| id).collect());
            }
            rows.sort_unstable();
            self.cache = Some(SortedWindow { start, last, state, rows });
        }
        let rows = self.cache.as_ref().map_or(&[][..], |cache| &cache.rows[..]);
        self.page_of(rows.len(), page, page_size, |range| rows[range].iter().map(|&(_, id)| id).collect())
    }

    fn last(&self, end: i64) -> i64 {
        if self.end_inclusive { end } else { end - 1 }
    }

    /// The orders modified in `start..=last` (in `state`) with their sort keys, unsorted.
    fn keyed_rows(&self, start: i64, last: i64, state: Option<i32>) -> Vec<((i64, i64, i64), i64)> {
        if last < start {
            return Vec::new();
        }
        self.by_modified
            .range((start, i64::MIN)..=(last, i64::MAX))
            .map(|&(_, id)| &self.orders[(id - FIRST_ID) as usize])
            .filter(|order| state.is_none_or(|state| order.state == state))
            .map(|order| (self.key(order), order.id))
            .collect()
    }

    /// Page `page` of `len` sorted rows; `ids` gives the ids of a range of them.
    fn page_of(
        &self,
        len: usize,
        page: u32,
        page_size: u32,
        ids: impl FnOnce(std::ops::Range<usize>) -> Vec<i64>,
    ) -> PageAnswer {
        let size = page_size.max(1) as usize;
        let from = (page.max(1) as usize - 1).saturating_mul(size).min(len);
        PageAnswer {
            total_records: len as u64,
            total_pages: len.div_ceil(size) as u32,
            orders: ids(from..(from + size).min(len))
                .into_iter()
                .map(|id| self.orders[(id - FIRST_ID) as usize])
                .collect(),
        }
    }

    /// Page `page` (1-based) of the orders modified in the window (in `state` when given), as
    /// the book stands.
    pub fn answer(&self, start: i64, end: i64, page: u32, page_size: u32, state: Option<i32>) -> PageAnswer {
        let mut rows = self.keyed_rows(start, self.last(end), state);
        rows.sort_unstable();
        self.page_of(rows.len(), page, page_size, |range| rows[range].iter().map(|&(_, id)| id).collect())
    }

    fn change(&mut self, id: i64) {
        let index = (id - FIRST_ID) as usize;
        let old = self.orders[index];
        let new = Order { id, modified: self.now, state: STATES[self.rng.usize(..STATES.len())] };
        self.orders[index] = new;
        self.by_modified.remove(&(old.modified, id));
        self.by_modified.insert((new.modified, id));
        self.history[index].push(new.modified);
        let (old_key, new_key) = (self.key(&old), self.key(&new));
        if let Some(cache) = self.cache.as_mut() {
            if cache.holds(&old) {
                if let Ok(at) = cache.rows.binary_search(&(old_key, id)) {
                    cache.rows.remove(at);
                }
            }
            if cache.holds(&new) {
                let at = cache.rows.binary_search(&(new_key, id)).unwrap_or_else(|at| at);
                cache.rows.insert(at, (new_key, id));
            }
        }
    }

    fn key(&self, order: &Order) -> (i64, i64, i64) {
        let scrambled = scramble(order.id as u64 ^ self.salt);
        match self.rule {
            SortRule::ModifiedThenId => (order.modified, order.id, 0),
            SortRule::NewestFirst => (-order.modified, order.id, 0),
            SortRule::ModifiedThenIdDescending => (order.modified, -order.id, 0),
            SortRule::IdDescending => (-order.id, 0, 0),
            SortRule::Scrambled => (scrambled, order.id, 0),
            SortRule::ModifiedThenScrambled => (order.modified, scrambled, order.id),
            SortRule::StateThenNewest => (i64::from(order.state), -order.modified, order.id),
        }
    }
}

/// SplitMix64's finaliser: a fixed bijective scramble of 64 bits.
fn scramble(mut x: u64) -> i64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    (x ^ (x >> 31)) as i64
}

/// Unix seconds as a Beijing `yyyy-MM-dd HH:mm:ss`.
pub fn beijing_text(secs: i64) -> String {
    DateTime::from_timestamp(secs, 0).map(format_beijing).unwrap_or_default()
}

/// A Beijing `yyyy-MM-dd HH:mm:ss` as Unix seconds.
pub fn beijing_secs(text: &str) -> Option<i64> {
    parse_beijing(text).map(|t| t.timestamp())
}
