//! Retries with exponential backoff and jitter, and the optional client-side rate limit.
//!
//! Read methods are retried after transport failures, HTTP 5xx and 429. Write methods are retried
//! only when the request never left the machine (connection not established): Dangdang has no
//! idempotency keys, so a write that may have arrived is never sent twice.

use std::time::Duration;

use tokio::sync::Mutex;
use tokio::time::Instant;

use crate::Error;
use crate::call::Safety;

/// How failed calls are retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 = no retries).
    pub max_attempts: u32,
    /// Backoff before the second attempt; doubles each time.
    pub initial_backoff: Duration,
    /// Cap on one backoff.
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    /// 3 attempts, 200 ms then 400 ms (each with full jitter), at most 5 s.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(5),
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy { max_attempts: 1, ..RetryPolicy::default() }
    }

    /// The pause before attempt `next_attempt` (2, 3, ...): exponential, capped, with full jitter.
    pub fn backoff(&self, next_attempt: u32) -> Duration {
        let exponent = next_attempt.saturating_sub(2).min(20);
        let ceiling = self.initial_backoff.saturating_mul(1 << exponent).min(self.max_backoff);
        ceiling.mul_f64(fastrand::f64())
    }
}

/// One failed attempt and whether the request may have reached the server.
pub(crate) struct Failure {
    pub error: Error,
    /// False only when the connection was never established.
    pub maybe_sent: bool,
}

/// Whether a failure may be retried for a method of this safety.
pub(crate) fn retryable(safety: Safety, failure: &Failure) -> bool {
    let transient = match &failure.error {
        Error::Transport { .. } | Error::Timeout { .. } => true,
        Error::HttpStatus { status, .. } => *status >= 500 || *status == 429,
        _ => false,
    };
    transient && (safety == Safety::Read || !failure.maybe_sent)
}

/// A minimum interval between calls, shared by every clone of a client.
#[derive(Debug)]
pub(crate) struct RateLimit {
    interval: Duration,
    next_slot: Mutex<Option<Instant>>,
}

impl RateLimit {
    pub fn per_second(calls: f64) -> RateLimit {
        RateLimit { interval: Duration::from_secs_f64(1.0 / calls), next_slot: Mutex::new(None) }
    }

    /// Waits for this call's slot.
    pub async fn acquire(&self) {
        let slot = {
            let mut next = self.next_slot.lock().await;
            let now = Instant::now();
            let slot = next.map_or(now, |n| n.max(now));
            *next = Some(slot + self.interval);
            slot
        };
        tokio::time::sleep_until(slot).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let policy = RetryPolicy {
            max_attempts: 10,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(350),
        };
        for _ in 0..100 {
            assert!(policy.backoff(2) <= Duration::from_millis(100));
            assert!(policy.backoff(3) <= Duration::from_millis(200));
            assert!(policy.backoff(9) <= Duration::from_millis(350));
        }
    }

    #[test]
    fn writes_are_retried_only_when_nothing_was_sent() {
        let status = |status| Failure {
            error: Error::HttpStatus { method: "m", status, raw: crate::RawBody(Default::default()) },
            maybe_sent: true,
        };
        assert!(retryable(Safety::Read, &status(503)));
        assert!(retryable(Safety::Read, &status(429)));
        assert!(!retryable(Safety::Read, &status(404)));
        assert!(!retryable(Safety::Write, &status(503)));
        let unsent = Failure { error: Error::Timeout { method: "m" }, maybe_sent: false };
        assert!(retryable(Safety::Write, &unsent));
    }
}
