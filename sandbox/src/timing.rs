//! How long the gateway handler took over all calls: the sandbox's own cost per call, for benchmarks
//! that must tell it apart from the client's.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Calls handled and the time spent in the handler (reading the request, checks, the shop,
/// rendering, GBK), not in sending the body.
#[derive(Debug, Default)]
pub struct HandlerTime {
    calls: AtomicU64,
    nanos: AtomicU64,
}

impl HandlerTime {
    /// Counts one call that took `took`.
    pub(crate) fn add(&self, took: Duration) {
        self.calls.fetch_add(1, Ordering::Relaxed);
        self.nanos.fetch_add(u64::try_from(took.as_nanos()).unwrap_or(u64::MAX), Ordering::Relaxed);
    }

    /// Calls handled so far and their total handler time.
    pub fn total(&self) -> (u64, Duration) {
        (self.calls.load(Ordering::Relaxed), Duration::from_nanos(self.nanos.load(Ordering::Relaxed)))
    }
}
