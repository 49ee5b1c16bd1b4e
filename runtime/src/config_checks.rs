//! Checks on builder values: every out-of-range value is refused with a message naming the setting,
//! which the builders return as a `Config` error from `build()` (no setter ever panics).

use std::time::Duration;

use crate::RetryPolicy;

/// The slowest accepted [`ClientBuilder::rate_limit`](crate::ClientBuilder::rate_limit): one call a day.
pub const MIN_CALLS_PER_SECOND: f64 = 1.0 / 86_400.0;

/// A time limit must be longer than zero (any longer value, `Duration::MAX` included, is accepted;
/// one that cannot be added to the current time means "no limit").
pub fn positive(setting: &str, value: Duration) -> Result<Duration, String> {
    if value.is_zero() { Err(format!("{setting} must be longer than zero")) } else { Ok(value) }
}

/// The interval between calls for `calls_per_second`, which must be a finite number of at least
/// [`MIN_CALLS_PER_SECOND`] (rates above a billion a second mean no spacing at all).
pub fn rate_interval(calls_per_second: f64) -> Result<Duration, String> {
    if !(calls_per_second.is_finite() && calls_per_second >= MIN_CALLS_PER_SECOND) {
        return Err(format!(
            "rate_limit {calls_per_second} is not a number of calls per second of at least {MIN_CALLS_PER_SECOND:e} \
             (one a day)"
        ));
    }
    // In range by the check above: 1/rate is at most 86 400 s.
    Duration::try_from_secs_f64(1.0 / calls_per_second)
        .map_err(|error| format!("rate_limit {calls_per_second}: no interval between calls: {error}"))
}

/// A retry policy needs at least one attempt; backoffs may be anything (zero means no pause, and
/// the call's deadline bounds long ones).
pub fn retry_policy(policy: &RetryPolicy) -> Result<(), String> {
    if policy.max_attempts == 0 { Err("retry.max_attempts must be at least 1".to_owned()) } else { Ok(()) }
}

/// A reply cap of zero bytes would refuse every reply.
pub fn response_cap(bytes: usize) -> Result<usize, String> {
    if bytes == 0 { Err("max_response_bytes must be at least 1".to_owned()) } else { Ok(bytes) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_checked_before_any_arithmetic() {
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1e-300, f64::MIN_POSITIVE, 1e-19, 1e-6] {
            assert!(rate_interval(bad).unwrap_err().starts_with("rate_limit"), "{bad}");
        }
        assert_eq!(rate_interval(MIN_CALLS_PER_SECOND).unwrap(), Duration::from_secs(86_400));
        assert_eq!(rate_interval(4.0).unwrap(), Duration::from_millis(250));
        assert_eq!(rate_interval(f64::MAX).unwrap(), Duration::ZERO);
    }

    #[test]
    fn durations_and_sizes_name_their_setting() {
        assert!(positive("deadline", Duration::ZERO).unwrap_err().starts_with("deadline"));
        assert!(positive("deadline", Duration::MAX).is_ok());
        assert!(response_cap(0).unwrap_err().starts_with("max_response_bytes"));
        assert!(retry_policy(&RetryPolicy { max_attempts: 0, ..RetryPolicy::default() }).is_err());
    }
}
