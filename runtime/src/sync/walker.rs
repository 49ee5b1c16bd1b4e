//! `Walker`: the sync's decisions (which page of which window next, which rows to hand out), no I/O.

use std::collections::HashSet;

use chrono::TimeDelta;

use crate::{BeijingTime, Error};

use super::checkpoint::whole_second;
use super::{Checkpoint, PageRequest, SyncSettings, Version, Window};

/// How many times one window's walk restarts because its count grew before the run fails.
pub const MAX_RESTARTS: u32 = 3;

/// What to do with a page that arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arrival {
    /// One flag per row of the page, in order: hand it out.
    pub keep: Vec<bool>,
    /// The window is done: the checkpoint to hand out after the kept rows.
    pub checkpoint: Option<Checkpoint>,
}

/// The state of one run: the last checkpoint, the window under way and where its walk stands.
///
/// Ask [`Walker::next_page`] for the page to fetch, fetch it, give it to [`Walker::arrived`]; repeat
/// until `next_page` returns `None`. [`run`](super::run) does this as a stream.
#[derive(Debug)]
pub struct Walker {
    method: &'static str,
    longest: TimeDelta,
    /// The current window length: shrunk when a window had too many pages, grown back after.
    length: TimeDelta,
    max_pages: u32,
    /// The run ends when the checkpoint reaches it: `now − lag` when the run started.
    target: BeijingTime,
    checkpoint: Checkpoint,
    current: Option<WindowWalk>,
    failure: Option<Error>,
}

/// Where the walk of one window stands.
#[derive(Debug)]
struct WindowWalk {
    window: Window,
    /// `None` while probing (page 1 first); then the walk counts down to page 1.
    walking: Option<Counts>,
    next_page: u32,
    /// Every in-window version the walk has seen (handed out now, or by the previous window).
    seen: HashSet<Version>,
    restarts: u32,
    most_pages: u32,
}

/// The counts the last reply gave.
#[derive(Debug, Clone, Copy)]
struct Counts {
    pages: u32,
    records: Option<u64>,
}

impl Walker {
    /// A run from `from` to `now − lag` (the clock is read here, once). `method` names the API
    /// method in errors.
    pub fn new(method: &'static str, from: Checkpoint, settings: &SyncSettings) -> Walker {
        let seconds =
            |d: std::time::Duration| TimeDelta::seconds(i64::try_from(d.as_secs()).unwrap_or(i64::MAX / 1000));
        let longest = seconds(settings.window);
        let now = whole_second((settings.clock)());
        let target = now.local().checked_sub_signed(seconds(settings.lag)).map_or(from.at(), BeijingTime::from_local);
        let failure = if longest < TimeDelta::seconds(1) {
            Some(Error::Config(format!("sync window {:?} is shorter than one second", settings.window)))
        } else if settings.max_pages_per_window == 0 {
            Some(Error::Config("sync max_pages_per_window must be at least 1".into()))
        } else {
            None
        };
        Walker {
            method,
            longest,
            length: longest,
            max_pages: settings.max_pages_per_window,
            target,
            checkpoint: from,
            current: None,
            failure,
        }
    }

    /// The last checkpoint reached (the run's start until a window is done).
    pub fn checkpoint(&self) -> &Checkpoint {
        &self.checkpoint
    }

    /// Where this run ends.
    pub fn target(&self) -> BeijingTime {
        self.target
    }

    /// The page to fetch next; `None` when the run is over (or failed: the failure comes once).
    pub fn next_page(&mut self) -> Option<Result<PageRequest, Error>> {
        if let Some(failure) = self.failure.take() {
            self.stop();
            return Some(Err(failure));
        }
        if self.current.is_none() {
            let start = self.checkpoint.at();
            if self.target <= start {
                return None;
            }
            let end = start.local().checked_add_signed(self.length).map_or(self.target, BeijingTime::from_local);
            let window = Window { start, end: end.min(self.target) };
            self.current = Some(WindowWalk::probe(window));
        }
        let walk = self.current.as_ref()?;
        Some(Ok(PageRequest { window: walk.window, page: walk.next_page }))
    }

    /// Takes in page `request` (from [`Walker::next_page`]): the counts its reply gave and the
    /// versions of its rows, in order. An error ends the run.
    pub fn arrived(
        &mut self,
        request: &PageRequest,
        total_pages: u32,
        total_records: Option<u64>,
        versions: &[Version],
    ) -> Result<Arrival, Error> {
        let Some(walk) = self.current.as_mut().filter(|walk| walk.window == request.window) else {
            return Err(self.fail(request.page, "a page arrived for a window not under way".into()));
        };
        // A page with rows implies at least that many pages, whatever the reply's count says.
        let counts = Counts {
            pages: total_pages.max(if versions.is_empty() { 0 } else { request.page }),
            records: total_records,
        };
        walk.most_pages = walk.most_pages.max(counts.pages);
        let Some(previous) = walk.walking else {
            let length = walk.window.end.local() - walk.window.start.local();
            if counts.pages > self.max_pages && length > TimeDelta::seconds(1) {
                // Too many pages for one checkpoint: shrink in proportion, discard the probe.
                let shrunk = length.num_seconds().saturating_mul(i64::from(self.max_pages)) / i64::from(counts.pages);
                self.length = TimeDelta::seconds(shrunk.max(1));
                walk.window.end = BeijingTime::from_local(walk.window.start.local() + self.length);
                walk.most_pages = 0;
                return Ok(Arrival { keep: vec![false; versions.len()], checkpoint: None });
            }
            let keep = walk.keep(&self.checkpoint, versions);
            if counts.pages <= 1 {
                return Ok(Arrival { keep, checkpoint: Some(self.window_done()) });
            }
            walk.walking = Some(counts);
            walk.next_page = counts.pages;
            return Ok(Arrival { keep, checkpoint: None });
        };
        let keep = walk.keep(&self.checkpoint, versions);
        let grew = counts.pages > previous.pages
            || matches!((previous.records, counts.records), (Some(before), Some(now)) if now > before);
        // Every row the window holds at the end was in it all along, so the walk must have seen
        // at least that many (fewer: the gateway's order was not stable; walk it again).
        let short = request.page <= 1 && counts.records.is_some_and(|records| (walk.seen.len() as u64) < records);
        walk.walking = Some(counts);
        if grew || short {
            walk.restarts += 1;
            if walk.restarts > MAX_RESTARTS {
                let why = if grew {
                    "kept growing while it was walked: records appear behind the sync; raise its lag"
                } else {
                    "kept listing fewer rows than it counts: the gateway's order is not stable"
                };
                let problem =
                    format!("the window {}..{} {why} ({MAX_RESTARTS} restarts)", walk.window.start, walk.window.end);
                return Err(self.fail(request.page, problem));
            }
            walk.next_page = counts.pages.max(1);
            return Ok(Arrival { keep, checkpoint: None });
        }
        if request.page <= 1 {
            return Ok(Arrival { keep, checkpoint: Some(self.window_done()) });
        }
        walk.next_page = request.page - 1;
        Ok(Arrival { keep, checkpoint: None })
    }

    /// Ends the run at the last checkpoint (after a failed fetch): `next_page` returns `None`.
    pub fn stop(&mut self) {
        self.target = self.checkpoint.at();
        self.current = None;
    }

    /// Ends the run with an error about `page`.
    fn fail(&mut self, page: u32, problem: String) -> Error {
        self.stop();
        Error::Pagination { method: self.method, page: i32::try_from(page).unwrap_or(i32::MAX), problem }
    }

    /// The window under way is done: its checkpoint, and the next window's length.
    fn window_done(&mut self) -> Checkpoint {
        let walk = self.current.take().expect("a window is under way");
        let end = walk.window.end;
        // What the window saw at its end it handed out (what the checkpoint covers lies at its start).
        let seen_at = walk.seen.into_iter().filter(|version| version.modified == end).map(|v| v.id).collect();
        if walk.most_pages <= self.max_pages / 2 {
            self.length = (self.length * 2).min(self.longest);
        }
        self.checkpoint = Checkpoint::new(end, seen_at);
        self.checkpoint.clone()
    }
}

impl WindowWalk {
    fn probe(window: Window) -> WindowWalk {
        WindowWalk { window, walking: None, next_page: 1, seen: HashSet::new(), restarts: 0, most_pages: 0 }
    }

    /// Which rows to hand out: in the window, not seen yet, not covered by the checkpoint. A row
    /// outside the window is left to the window that holds it.
    fn keep(&mut self, checkpoint: &Checkpoint, versions: &[Version]) -> Vec<bool> {
        versions
            .iter()
            .map(|version| {
                self.window.contains(version.modified)
                    && self.seen.insert(version.clone())
                    && !checkpoint.covers(version)
            })
            .collect()
    }
}
