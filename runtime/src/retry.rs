//! Retries with exponential backoff and jitter, and the server's `Retry-After`.
//!
//! Read methods are retried after transport failures, HTTP 5xx and 429, and replies the protocol
//! classifies as throttles. Write methods are retried only when the request never left the
//! machine (connection not established): the platforms have no idempotency keys, so a write that
//! may have arrived is never sent twice.

use std::time::Duration;

use crate::Error;
use crate::Safety;

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
    /// Never panics: every product saturates (any `Duration` is a valid backoff).
    pub fn backoff(&self, next_attempt: u32) -> Duration {
        let exponent = next_attempt.saturating_sub(2).min(20);
        let ceiling = self.initial_backoff.saturating_mul(1 << exponent).min(self.max_backoff);
        // `Duration::mul_f64` panics when the product rounds past `Duration::MAX`.
        Duration::try_from_secs_f64(ceiling.as_secs_f64() * fastrand::f64()).map_or(ceiling, |pause| pause.min(ceiling))
    }
}

/// One failed attempt and whether the request may have reached the server.
pub(crate) struct Failure {
    pub error: Error,
    /// False only when the connection was never established.
    pub maybe_sent: bool,
    /// The reply's `Retry-After`, if it had one.
    pub retry_after: Option<Duration>,
}

impl Failure {
    /// A failure without a `Retry-After`.
    pub fn new(error: Error, maybe_sent: bool) -> Failure {
        Failure { error, maybe_sent, retry_after: None }
    }
}

/// Whether a failure may be retried for a method of this safety.
pub(crate) fn retryable(safety: Safety, failure: &Failure) -> bool {
    let transient = match &failure.error {
        Error::Transport { .. } => true,
        // A deadline ends the whole call; connect and attempt timeouts are transient.
        Error::Timeout { limit, .. } => !matches!(limit, crate::TimeLimit::Deadline(_)),
        Error::HttpStatus { status, .. } => *status >= 500 || *status == 429,
        // Refused, so never executed; still a write is not re-sent (a throttle says "slow down").
        Error::Throttled { .. } => return safety == Safety::Read,
        // Refused before anything ran; retried once after the session was refreshed.
        Error::SessionExpired { .. } => return true,
        _ => false,
    };
    transient && (safety == Safety::Read || !failure.maybe_sent)
}

/// How long a reply's `Retry-After` asks to wait (delay-seconds or an HTTP-date, RFC 9110 §10.2.3),
/// from now; `None` when absent or unreadable. A date in the past is no wait.
pub(crate) fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if !value.is_empty() && value.bytes().all(|byte| byte.is_ascii_digit()) {
        // More digits than a u64 holds: as long as a Duration goes (the deadline cuts it).
        return Some(value.parse().map_or(Duration::MAX, Duration::from_secs));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(std::time::SystemTime::now()).unwrap_or(Duration::ZERO))
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
        let status = |status| {
            Failure::new(
                Error::HttpStatus { method: "m", status, raw: crate::RawBody::utf8(bytes::Bytes::new()) },
                true,
            )
        };
        assert!(retryable(Safety::Read, &status(503)));
        assert!(retryable(Safety::Read, &status(429)));
        assert!(!retryable(Safety::Read, &status(404)));
        assert!(!retryable(Safety::Write, &status(503)));
        let timeout = |limit| Error::Timeout { method: "m", limit, attempt: 1 };
        let unsent = Failure::new(timeout(crate::TimeLimit::Connect(Duration::from_secs(1))), false);
        assert!(retryable(Safety::Write, &unsent));
        let late = Failure::new(timeout(crate::TimeLimit::Deadline(Duration::from_secs(1))), false);
        assert!(!retryable(Safety::Read, &late));
    }

    #[test]
    fn backoff_never_panics_on_extreme_policies() {
        for initial in [Duration::ZERO, Duration::from_nanos(1), Duration::from_secs(u64::MAX / 2), Duration::MAX] {
            for max in [Duration::ZERO, Duration::from_nanos(1), Duration::MAX] {
                let policy = RetryPolicy { max_attempts: u32::MAX, initial_backoff: initial, max_backoff: max };
                for attempt in [0, 1, 2, 3, 30, u32::MAX] {
                    assert!(policy.backoff(attempt) <= max);
                }
            }
        }
    }

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let headers = |value: &str| {
            let mut headers = reqwest::header::HeaderMap::new();
            headers.insert(reqwest::header::RETRY_AFTER, value.parse().unwrap());
            headers
        };
        assert_eq!(retry_after(&headers("120")), Some(Duration::from_secs(120)));
        assert_eq!(retry_after(&headers(" 0 ")), Some(Duration::ZERO));
        assert_eq!(retry_after(&headers("99999999999999999999999")), Some(Duration::MAX));
        let later = std::time::SystemTime::now() + Duration::from_secs(90);
        let wait = retry_after(&headers(&httpdate::fmt_http_date(later))).unwrap();
        assert!(wait > Duration::from_secs(88) && wait <= Duration::from_secs(90), "{wait:?}");
        assert_eq!(retry_after(&headers("Sun, 06 Nov 1994 08:49:37 GMT")), Some(Duration::ZERO));
        assert_eq!(retry_after(&headers("soon")), None);
        assert_eq!(retry_after(&headers("-5")), None);
        assert_eq!(retry_after(&reqwest::header::HeaderMap::new()), None);
    }
}
