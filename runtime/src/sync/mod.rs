//! Incremental sync of records (orders) by last-modified windows, safe while records keep changing.
//!
//! An API crate supplies one function, "fetch page `k` of the records modified in `[start, end]`",
//! and gets a stream of every changed record, each version (id, last-modified time) once, with a
//! [`Checkpoint`] after every window ([`run`]; the page-at-a-time state machine is [`Walker`]).
//!
//! # How a run walks
//!
//! A run covers `[checkpoint, now − lag]`, `now` read once from [`SyncSettings::clock`] when the
//! run starts, in windows of at most [`SyncSettings::window`] (the API's own window limit is
//! checked by its generated request, so a setting above it fails before anything is sent). Each
//! window:
//!
//! 1. **Probe**: fetch page 1. One page or none: that reply is the whole window, done. More pages
//!    than [`SyncSettings::max_pages_per_window`]: shrink the window in proportion, re-probe.
//! 2. **Walk from the last page to the first** (`P`, `P−1`, …, 1, `P` from the probe), handing out
//!    the rows not handed out before (de-duplicated on id and last-modified time).
//! 3. **Re-check**: a reply whose page or record count exceeds the previous one means rows were
//!    added behind the walk, and a walk that saw fewer distinct rows than the window's final
//!    record count means the gateway's order was not stable (assumption A3 below); either way the
//!    walk restarts from the new last page (at most [`MAX_RESTARTS`] times, then
//!    [`Error::Pagination`](crate::Error::Pagination)).
//! 4. **Checkpoint** at the window's end, with the ids handed out at exactly that second.
//!
//! # Why nothing is missed or handed out twice
//!
//! Assumptions: (A1) a change sets a record's last-modified time to the gateway's current time;
//! (A2) a record modified at `t` is listed by the time the sync's clock reads `t + lag` (the lag
//! covers clock skew and the gateway's write delay); (A3) one window query orders the records
//! that do not change in one fixed order (any key, ties broken the same way every time).
//!
//! A window ends at or before `now − lag`, so by A1 and A2 no record enters it during its walk:
//! a record that changes leaves it (its new time lies after the window) and is handed out by a
//! later window or run. Rows only leaving, a staying row's position only moves towards page 1,
//! by any amount. The walk fetches pages `P, P−1, …, 1` at increasing times; let `f(k)` be the
//! page the row is on when page `k` is fetched. `f(P) ≤ P` (counts only shrink), `f(1) ≥ 1`, and
//! from one fetch to the next `k` drops by 1 while `f` drops by 0 or more, so `f(k) − k` rises by
//! at most 1 per step from `≤ 0` to `≥ 0`: some fetch finds the row on the page it asks for.
//! A forward walk has no such guarantee: a row leaving page 2 pulls the first row of page 4 onto
//! page 3 after page 3 was read.
//!
//! Windows overlap by their boundary second (the next window starts at the previous end), so
//! records at the boundary are read whether the gateway's end is inclusive or exclusive; the
//! checkpoint's [`Checkpoint::seen_at`] keeps those handed out once. Resuming from a checkpoint
//! repeats nothing that preceded it and leaves out nothing that followed it.
//!
//! What is handed out: every version that was current when its window was read. A record that
//! changes twice between runs is handed out in its latest version only.

mod checkpoint;
mod run;
#[cfg(test)]
mod tests;
mod walker;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::BeijingTime;

pub use checkpoint::{Checkpoint, CheckpointError};
pub use run::{FetchedPage, SyncEvent, run};
pub use walker::{Arrival, MAX_RESTARTS, Walker};

/// Default longest window: one day (the WF integrator's slice; the WD one walks 5 minutes).
pub const DEFAULT_WINDOW: Duration = Duration::from_secs(24 * 3600);
/// Default safety lag behind the clock: 5 minutes.
pub const DEFAULT_LAG: Duration = Duration::from_secs(5 * 60);
/// Default most pages walked in one window before it is shrunk (a checkpoint every ≤ 50 pages).
pub const DEFAULT_MAX_PAGES_PER_WINDOW: u32 = 50;

/// One version of a record: its id and last-modified time (whole seconds).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Version {
    /// The record's id, as text.
    pub id: String,
    /// Its last-modified time.
    pub modified: BeijingTime,
}

/// A last-modified window, both ends sent as they are (whole seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Start of the window.
    pub start: BeijingTime,
    /// End of the window.
    pub end: BeijingTime,
}

impl Window {
    /// Whether `t` lies in the window, both ends included.
    pub fn contains(&self, t: BeijingTime) -> bool {
        self.start <= t && t <= self.end
    }
}

/// One fetch: page `page` (1 for the first, whatever the API counts from) of `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    /// The window.
    pub window: Window,
    /// The page, 1-based.
    pub page: u32,
}

/// The clock a sync reads "now" from.
pub type Clock = Arc<dyn Fn() -> BeijingTime + Send + Sync>;

/// How a sync walks: window length, lag, pages per window, clock.
#[derive(Clone)]
pub struct SyncSettings {
    pub(crate) window: Duration,
    pub(crate) lag: Duration,
    pub(crate) max_pages_per_window: u32,
    pub(crate) clock: Clock,
}

impl Default for SyncSettings {
    fn default() -> Self {
        SyncSettings {
            window: DEFAULT_WINDOW,
            lag: DEFAULT_LAG,
            max_pages_per_window: DEFAULT_MAX_PAGES_PER_WINDOW,
            clock: Arc::new(BeijingTime::now),
        }
    }
}

impl fmt::Debug for SyncSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncSettings")
            .field("window", &self.window)
            .field("lag", &self.lag)
            .field("max_pages_per_window", &self.max_pages_per_window)
            .finish_non_exhaustive()
    }
}

impl SyncSettings {
    /// The defaults: [`DEFAULT_WINDOW`], [`DEFAULT_LAG`], [`DEFAULT_MAX_PAGES_PER_WINDOW`], the
    /// system clock.
    pub fn new() -> SyncSettings {
        SyncSettings::default()
    }

    /// Longest window (at least one second; whole seconds). Longer than the API allows: every
    /// run that needs a full window fails with the API's [`Error::InvalidParam`](crate::Error).
    pub fn window(mut self, window: Duration) -> SyncSettings {
        self.window = window;
        self
    }

    /// How far behind the clock a run stops (whole seconds).
    pub fn lag(mut self, lag: Duration) -> SyncSettings {
        self.lag = lag;
        self
    }

    /// Most pages walked in one window before it is shrunk (at least 1).
    pub fn max_pages_per_window(mut self, pages: u32) -> SyncSettings {
        self.max_pages_per_window = pages;
        self
    }

    /// The clock "now" is read from (tests: a simulated one).
    pub fn clock(mut self, clock: impl Fn() -> BeijingTime + Send + Sync + 'static) -> SyncSettings {
        self.clock = Arc::new(clock);
        self
    }
}
