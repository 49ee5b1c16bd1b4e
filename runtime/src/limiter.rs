//! Rate budgets: one per shop, shared by every client built with the same [`SharedLimits`], paced
//! by a token bucket and adapted (AIMD) to the gateway's throttle replies.
//!
//! The policy (the gateway's limit is never told to the client):
//! - A budget sends at its allowed rate (unknown at first: no pacing until the first throttle),
//!   in bursts of at most [`ShopLimit::burst`] calls.
//! - A throttle **closes** the budget for one [`ShopLimit::window`] (default one minute: Dangdang's
//!   and Wangdian's limits count calls per minute, and a client that waits out a whole window is
//!   past the gateway's count whether its windows are fixed or sliding; WF sleeps two minutes), or
//!   until an HTTP 429's `Retry-After`. Every call of the shop waits for it to reopen.
//! - The rate then drops to 90 % of the calls that succeeded in the last window (what the gateway
//!   let through), or to half the rate when none did (multiplicative decrease), and rises by one
//!   call per window every window after that (additive increase), never above a configured rate.
//! - One throttle episode decreases the rate once: replies to calls sent before the budget closed
//!   (already on their way) only add to it.
//!
//! A reservation is taken and returned without awaiting anything while a lock is held; a call
//! dropped while waiting for its slot gives the slot back.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::time::Instant;

use crate::{Error, config_checks};

/// The default [`ShopLimit::window`]: one minute.
pub const DEFAULT_WINDOW: Duration = Duration::from_secs(60);
/// After a throttle, the rate becomes this share of the calls that succeeded in the last window.
const MARGIN: f64 = 0.9;
/// Most success times kept for the rate estimate.
const MAX_REMEMBERED: usize = 100_000;

/// The settings of one shop's budget (or one client's, see
/// [`ClientBuilder::limit`](crate::ClientBuilder::limit)): a starting rate, a burst, the window the
/// gateway counts calls in. Invalid values are refused where the setting is used, with
/// [`Error::Config`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShopLimit {
    pub(crate) rate: Option<f64>,
    pub(crate) burst: u32,
    pub(crate) window: Duration,
}

impl Default for ShopLimit {
    /// [`ShopLimit::learned`].
    fn default() -> Self {
        ShopLimit::learned()
    }
}

impl ShopLimit {
    /// No known rate: calls are not paced until the gateway throttles, then the rate is learned
    /// from what it let through. Burst 1, one-minute window.
    pub fn learned() -> ShopLimit {
        ShopLimit { rate: None, burst: 1, window: DEFAULT_WINDOW }
    }

    /// At most `calls` a second (at least [`MIN_CALLS_PER_SECOND`](crate::MIN_CALLS_PER_SECOND));
    /// throttles lower it, recovery never raises it above this.
    pub fn per_second(calls: f64) -> ShopLimit {
        ShopLimit { rate: Some(calls), ..ShopLimit::learned() }
    }

    /// At most `calls` a minute (see [`ShopLimit::per_second`]).
    pub fn per_minute(calls: f64) -> ShopLimit {
        ShopLimit::per_second(calls / 60.0)
    }

    /// How many calls may go at once after a pause (default 1: calls evenly spaced). At least 1.
    pub fn burst(self, calls: u32) -> ShopLimit {
        ShopLimit { burst: calls, ..self }
    }

    /// The window the gateway counts calls in (default [`DEFAULT_WINDOW`], one minute): how long a
    /// throttle closes the budget, and the span the rate is learned over. Longer than zero.
    pub fn window(self, window: Duration) -> ShopLimit {
        ShopLimit { window, ..self }
    }

    /// The configured rate in calls a second (`None`: learned).
    pub fn rate(&self) -> Option<f64> {
        self.rate
    }

    /// Checks the values; the message names the setting.
    pub(crate) fn check(self) -> Result<ShopLimit, String> {
        if let Some(rate) = self.rate {
            config_checks::rate_interval(rate)?;
        }
        if self.burst == 0 {
            return Err("the limit's burst must be at least 1".to_owned());
        }
        config_checks::positive("the limit's window", self.window)?;
        Ok(self)
    }
}

/// Rate budgets keyed by a shop id the caller chooses (never a session or secret: a token refresh
/// must not split a shop's budget, and keys appear in logs), shared by every client built with
/// [`ClientBuilder::shared_limits`](crate::ClientBuilder::shared_limits): twenty clients of one
/// shop keep one budget. Cheap to clone; clones share the budgets.
#[derive(Clone, Default)]
pub struct SharedLimits(Arc<Shops>);

#[derive(Default)]
struct Shops {
    default: ShopLimit,
    budgets: Mutex<HashMap<String, Arc<Budget>>>,
}

impl fmt::Debug for SharedLimits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let budgets = lock(&self.0.budgets);
        let mut shops: Vec<&String> = budgets.keys().collect();
        shops.sort();
        f.debug_struct("SharedLimits").field("default", &self.0.default).field("shops", &shops).finish()
    }
}

impl SharedLimits {
    /// Budgets that start as [`ShopLimit::learned`].
    pub fn new() -> SharedLimits {
        SharedLimits::default()
    }

    /// Budgets that start as `limit` unless [`SharedLimits::set`] says otherwise for the shop.
    pub fn with_default(limit: ShopLimit) -> Result<SharedLimits, Error> {
        let default = limit.check().map_err(Error::Config)?;
        Ok(SharedLimits(Arc::new(Shops { default, budgets: Mutex::default() })))
    }

    /// Sets one shop's limit (its learned rate starts over from it).
    pub fn set(&self, shop: &str, limit: ShopLimit) -> Result<(), Error> {
        let limit = limit.check().map_err(Error::Config)?;
        let budget = self.budget(shop);
        let mut state = budget.state();
        state.limit = limit;
        state.rate = limit.rate;
        Ok(())
    }

    /// The rate a shop's calls are paced at now, in calls a second (`None`: not paced, or a shop
    /// no client has used yet).
    pub fn current_rate(&self, shop: &str) -> Option<f64> {
        lock(&self.0.budgets).get(shop).and_then(|budget| budget.state().rate)
    }

    /// The budget of `shop`, created on first use.
    pub(crate) fn budget(&self, shop: &str) -> Arc<Budget> {
        let mut budgets = lock(&self.0.budgets);
        let budget =
            budgets.entry(shop.to_owned()).or_insert_with(|| Budget::new(Some(shop.to_owned()), self.0.default));
        Arc::clone(budget)
    }
}

/// One budget: a token bucket (as a theoretical arrival time, GCRA) that can be closed.
pub(crate) struct Budget {
    /// The shop key, shown in logs (`None`: the budget of one client and its clones).
    shop: Option<String>,
    state: Mutex<State>,
}

struct State {
    limit: ShopLimit,
    /// Calls a second allowed now; `None`: not paced.
    rate: Option<f64>,
    /// When the bucket is next empty (GCRA's theoretical arrival time).
    tat: Option<Instant>,
    closed_until: Option<Instant>,
    /// Bumped by every throttle that decreased the rate: one decrease per episode.
    epoch: u64,
    /// When calls succeeded within the last window.
    successes: VecDeque<Instant>,
}

impl fmt::Debug for Budget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.state();
        f.debug_struct("Budget")
            .field("shop", &self.shop)
            .field("limit", &state.limit)
            .field("rate", &state.rate)
            .field("closed_until", &state.closed_until)
            .finish()
    }
}

/// A reserved slot. Dropped before [`Grant::used`], it is given back to the budget.
pub(crate) struct Grant {
    budget: Arc<Budget>,
    /// When the call may be sent.
    pub at: Instant,
    epoch: u64,
    armed: bool,
}

impl fmt::Debug for Grant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Grant").field("at", &self.at).field("epoch", &self.epoch).finish()
    }
}

impl Grant {
    /// The call was sent: the slot is spent. Returns the episode it was sent in.
    pub fn used(mut self) -> u64 {
        self.armed = false;
        self.epoch
    }
}

impl Drop for Grant {
    fn drop(&mut self) {
        if self.armed {
            self.budget.give_back();
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn interval(rate: Option<f64>) -> Duration {
    rate.and_then(|rate| Duration::try_from_secs_f64(1.0 / rate).ok()).unwrap_or(Duration::ZERO)
}

impl Budget {
    /// A budget for `shop` (checked `limit`).
    pub fn new(shop: Option<String>, limit: ShopLimit) -> Arc<Budget> {
        let state =
            State { limit, rate: limit.rate, tat: None, closed_until: None, epoch: 0, successes: VecDeque::new() };
        Arc::new(Budget { shop, state: Mutex::new(state) })
    }

    fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    /// The shop key for logs.
    pub fn shop(&self) -> &str {
        self.shop.as_deref().unwrap_or("(this client)")
    }

    /// Reserves the next slot when it comes no later than `latest`; otherwise reserves nothing
    /// and returns when the slot would have been.
    pub fn reserve(self: &Arc<Self>, latest: Option<Instant>) -> Result<Grant, Instant> {
        let now = Instant::now();
        let mut state = self.state();
        let step = interval(state.rate);
        let tolerance = step.saturating_mul(state.limit.burst.saturating_sub(1));
        let opens = state.closed_until.map_or(now, |closed| closed.max(now));
        let tat = state.tat.map_or(opens, |tat| tat.max(opens));
        let at = tat.checked_sub(tolerance).map_or(opens, |start| start.max(opens));
        if latest.is_some_and(|latest| at > latest) {
            return Err(at);
        }
        state.tat = Some(tat.checked_add(step).unwrap_or(tat));
        Ok(Grant { budget: Arc::clone(self), at, epoch: state.epoch, armed: true })
    }

    /// A slot reserved but never used.
    fn give_back(&self) {
        let mut state = self.state();
        let step = interval(state.rate);
        let floor = state.closed_until;
        if let Some(tat) = state.tat {
            let back = tat.checked_sub(step).unwrap_or(tat);
            state.tat = Some(floor.map_or(back, |floor| back.max(floor)));
        }
    }

    /// A call sent in `epoch` succeeded: remembered for the estimate; the rate rises by one call
    /// per window per window.
    pub fn succeeded(&self) {
        let now = Instant::now();
        let mut state = self.state();
        let window = state.limit.window;
        state.successes.push_back(now);
        while state.successes.len() > MAX_REMEMBERED
            || state.successes.front().is_some_and(|first| now.saturating_duration_since(*first) > window)
        {
            state.successes.pop_front();
        }
        if let Some(rate) = state.rate {
            let window = window.as_secs_f64();
            let raised = rate + 1.0 / (window * window * rate);
            state.rate = Some(state.limit.rate.map_or(raised, |ceiling| raised.min(ceiling)));
        }
    }

    /// A call sent in `epoch` was throttled; `pause` is the server's `Retry-After`, if any.
    /// Returns when the budget reopens.
    pub fn throttled(&self, epoch: u64, pause: Option<Duration>) -> Instant {
        let now = Instant::now();
        let mut state = self.state();
        let reopens = now.checked_add(pause.unwrap_or(state.limit.window)).unwrap_or(now);
        if epoch < state.epoch {
            // Sent before the budget closed: the same episode.
            let closed = state.closed_until.map_or(reopens, |closed| closed.max(reopens));
            state.closed_until = Some(closed);
            return closed;
        }
        let window = state.limit.window;
        let recent = state.successes.iter().filter(|at| now.saturating_duration_since(**at) <= window).count();
        let seen = (recent > 0).then(|| MARGIN * recent as f64 / window.as_secs_f64());
        let floor = 1.0 / window.as_secs_f64();
        let lowered = match (state.rate, seen) {
            (Some(rate), Some(seen)) => Some((MARGIN * rate).min(seen)),
            (None, Some(seen)) => Some(seen),
            (Some(rate), None) => Some(rate / 2.0),
            (None, None) => None,
        };
        state.rate = lowered.map(|rate| rate.max(floor));
        state.epoch += 1;
        state.closed_until = Some(reopens);
        state.tat = Some(reopens);
        let per_minute = state.rate.map(|rate| (rate * 60.0 * 100.0).round() / 100.0);
        tracing::warn!(
            shop = self.shop(),
            calls_per_minute = per_minute,
            reopens_in_ms = reopens.saturating_duration_since(now).as_millis() as u64,
            "throttled: the shop's budget is closed and its rate lowered"
        );
        reopens
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn slots_are_spaced_and_given_back_when_unused() {
        let budget = Budget::new(None, ShopLimit::per_second(1.0));
        let start = Instant::now();
        let first = budget.reserve(None).unwrap();
        assert_eq!(first.at, start);
        first.used();
        let second = budget.reserve(None).unwrap();
        assert_eq!(second.at, start + Duration::from_secs(1));
        drop(second);
        let third = budget.reserve(None).unwrap();
        assert_eq!(third.at, start + Duration::from_secs(1), "the dropped slot was given back");
        let late = budget.reserve(Some(start + Duration::from_millis(1500))).unwrap_err();
        assert_eq!(late, start + Duration::from_secs(2), "nothing reserved past the latest instant");
        assert_eq!(budget.reserve(None).unwrap().at, start + Duration::from_secs(2));
    }

    #[tokio::test(start_paused = true)]
    async fn a_throttle_closes_the_budget_and_learns_the_rate_once_per_episode() {
        let budget = Budget::new(Some("shop-1".into()), ShopLimit::learned());
        let in_flight: Vec<u64> = (0..4).map(|_| budget.reserve(None).unwrap().used()).collect();
        for _ in 0..30 {
            budget.reserve(None).unwrap().used();
            budget.succeeded();
        }
        let reopens = budget.throttled(in_flight[0], None);
        assert_eq!(reopens, Instant::now() + DEFAULT_WINDOW);
        let rate = budget.state().rate.unwrap();
        assert!((rate * 60.0 - 27.0).abs() < 1e-9, "90 % of the 30 calls a minute let through: {rate}");
        budget.throttled(in_flight[1], None);
        assert_eq!(budget.state().rate, Some(rate), "the same episode lowers the rate once");
        assert_eq!(budget.reserve(None).unwrap().at, reopens, "nothing goes before the budget reopens");
        for _ in 0..27 {
            budget.succeeded();
        }
        let raised = budget.state().rate.unwrap() * 60.0;
        assert!(raised > 27.9 && raised < 28.1, "a window of successes adds one call a minute: {raised}");
    }

    #[test]
    fn limits_are_checked() {
        assert!(ShopLimit::per_second(0.0).check().is_err());
        assert!(ShopLimit::learned().burst(0).check().is_err());
        assert!(ShopLimit::learned().window(Duration::ZERO).check().is_err());
        assert!(ShopLimit::per_minute(30.0).burst(5).check().is_ok());
        assert!(SharedLimits::with_default(ShopLimit::per_second(f64::NAN)).is_err());
    }
}
