//! How a `Client` executes one call: slots from the shop's budget, attempts under the per-attempt
//! timeout, retries, throttle waits and session refreshes, all inside the call's deadline; one
//! `api.call` span with an `api.attempt` child per attempt (OpenTelemetry field names).

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::time::Instant;
use tracing::Instrument;
use tracing::field::Empty;

use crate::retry::{self, Failure};
use crate::{Call, Client, Error, RawBody, Safety, ThrottleOutcome, TimeLimit};

/// Milliseconds for logs.
fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// A throttle the client gives up on, saying why.
fn gave_up(error: Error, outcome: ThrottleOutcome) -> Error {
    match error {
        Error::Throttled { method, code, message, raw, .. } => Error::Throttled { method, code, message, outcome, raw },
        other => other,
    }
}

/// How far a call got, shared with [`Client::execute`] for the error when the deadline fires.
#[derive(Default)]
struct Progress {
    /// The attempt under way or next (1 for the first).
    attempt: AtomicU32,
    /// Attempts sent so far.
    sent: AtomicU32,
    /// The throttle of a read waiting to retry: what the call ends with if the deadline comes first.
    throttle: Mutex<Option<Error>>,
}

impl Progress {
    fn throttle(&self) -> MutexGuard<'_, Option<Error>> {
        self.throttle.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A throttle reply, or an HTTP 429.
fn is_throttle(error: &Error) -> bool {
    matches!(error, Error::Throttled { .. } | Error::HttpStatus { status: 429, .. })
}

impl Client {
    /// Signs and sends one call and returns the raw reply of a success (any method, including
    /// ones not in the spec: see [`Call::raw`]).
    ///
    /// Each attempt takes a slot from the shop's budget ([`ClientBuilder::shared_limits`](crate::ClientBuilder::shared_limits),
    /// else the client's own) and is limited by the attempt timeout; the whole call by the
    /// deadline ([`Error::Timeout`] says which fired). Transient failures are retried per the
    /// client's [`RetryPolicy`](crate::RetryPolicy) (reads only, unless nothing was sent), after
    /// its backoff or the reply's `Retry-After`, whichever is longer (a `Retry-After` past the
    /// deadline ends the call at once). A throttle (or HTTP 429) closes the shop's budget (see
    /// [`ShopLimit`](crate::ShopLimit)); a throttled read waits for it to reopen and is retried
    /// until the deadline — when it reopens only after the deadline, one last attempt is made just
    /// before it — and a throttled write is never re-sent ([`Error::Throttled`] says which). A
    /// session error is refreshed and retried once with
    /// [`ClientBuilder::refresh_session`](crate::ClientBuilder::refresh_session). A redirect is
    /// [`Error::Redirect`] and is never followed.
    ///
    /// Dropping the returned future at any point leaves nothing behind: an unused budget slot is
    /// given back, no lock stays held.
    pub async fn execute(&self, call: Call) -> Result<RawBody, Error> {
        let inner = self.inner();
        let span = tracing::info_span!(
            "api.call",
            rpc.system = inner.protocol.name(),
            rpc.method = call.method(),
            server.address = %inner.server_address,
            shop = inner.budget.shop(),
            http.request.resend_count = Empty,
            error.type = Empty,
        );
        let deadline = inner.limits.deadline;
        // `None` when the deadline lies beyond what an `Instant` can hold: no deadline then.
        let deadline_at = Instant::now().checked_add(deadline);
        let progress = Progress { attempt: AtomicU32::new(1), ..Progress::default() };
        let attempts = self.attempts(&call, deadline_at, &progress).instrument(span.clone());
        let outcome = match deadline_at {
            Some(at) => tokio::time::timeout_at(at, attempts).await,
            None => Ok(attempts.await),
        };
        let result = outcome.unwrap_or_else(|_| {
            let attempt = progress.attempt.load(Ordering::Relaxed);
            span.in_scope(|| tracing::warn!(attempt, deadline_ms = millis(deadline), "call deadline reached"));
            // A read that was waiting out a throttle ends with it.
            if let Some(throttle) = progress.throttle().take() {
                let attempts = progress.sent.load(Ordering::Relaxed);
                return Err(gave_up(throttle, ThrottleOutcome::ReadGaveUp { attempts }));
            }
            Err(Error::Timeout { method: call.method(), limit: TimeLimit::Deadline(deadline), attempt })
        });
        span.record("http.request.resend_count", progress.sent.load(Ordering::Relaxed).saturating_sub(1));
        if let Err(error) = &result {
            span.record("error.type", error.kind());
        }
        result
    }

    /// The attempts of one call, with budget waits, backoffs and throttle waits; `progress` tracks
    /// them (for the deadline's error).
    async fn attempts(&self, call: &Call, deadline_at: Option<Instant>, progress: &Progress) -> Result<RawBody, Error> {
        let inner = self.inner();
        let (policy, budget, method, safety) = (inner.retry, &inner.budget, call.method(), call.info.safety);
        let late = |attempt| Error::Timeout { method, limit: TimeLimit::Deadline(inner.limits.deadline), attempt };
        // Failures other than throttles and session refusals, which the retry policy counts.
        let mut failures = 0u32;
        let mut refreshed = false;
        let mut slowest = Duration::ZERO;
        loop {
            let number = progress.attempt.load(Ordering::Relaxed);
            let epoch = match budget.reserve(deadline_at) {
                Ok(grant) => {
                    let wait = grant.at.saturating_duration_since(Instant::now());
                    if !wait.is_zero() {
                        tracing::debug!(attempt = number, wait_ms = millis(wait), "waiting for the shop's budget");
                        tokio::time::sleep_until(grant.at).await;
                    }
                    Some(grant.used())
                }
                Err(opens) => {
                    if progress.throttle().is_none() {
                        tracing::warn!(attempt = number, "the shop's budget has no slot before the deadline");
                        return Err(late(number));
                    }
                    // Just before the deadline: the slowest attempt's time twice, at least 1 % of it.
                    let margin = slowest.saturating_mul(2).max(inner.limits.deadline / 100);
                    match deadline_at.and_then(|at| at.checked_sub(margin)).filter(|last| *last > Instant::now()) {
                        Some(last) => {
                            let reopens_in_ms = millis(opens.saturating_duration_since(Instant::now()));
                            tracing::info!(
                                attempt = number,
                                reopens_in_ms,
                                "the budget reopens after the deadline: one last attempt before it"
                            );
                            tokio::time::sleep_until(last).await;
                            None
                        }
                        None => {
                            let error = progress.throttle().take();
                            let attempts = progress.sent.load(Ordering::Relaxed);
                            return Err(error.map_or_else(
                                || late(number),
                                |error| gave_up(error, ThrottleOutcome::ReadGaveUp { attempts }),
                            ));
                        }
                    }
                }
            };
            let session_seen = inner.refresher.as_ref().map_or(0, |refresher| refresher.count());
            progress.sent.fetch_add(1, Ordering::Relaxed);
            let span = tracing::info_span!(
                "api.attempt",
                http.request.resend_count = number - 1,
                http.response.status_code = Empty,
                error.type = Empty,
                latency_ms = Empty,
            );
            let started = Instant::now();
            let attempt_timeout = inner.limits.attempt_timeout;
            let outcome = match tokio::time::timeout(attempt_timeout, self.attempt(call).instrument(span.clone())).await
            {
                Ok(outcome) => outcome,
                Err(_) => {
                    let limit = TimeLimit::Attempt(attempt_timeout);
                    Err(Failure::new(Error::Timeout { method, limit, attempt: number }, true))
                }
            };
            let latency = started.elapsed();
            slowest = slowest.max(latency);
            span.record("latency_ms", millis(latency));
            let mut failure = match outcome {
                Ok(body) => {
                    budget.succeeded();
                    span.in_scope(|| tracing::debug!(bytes = body.bytes().len(), "reply received"));
                    return Ok(body);
                }
                Err(failure) => failure,
            };
            if let Error::Timeout { attempt, .. } = &mut failure.error {
                *attempt = number;
            }
            span.record("error.type", failure.error.kind());
            progress.attempt.store(number + 1, Ordering::Relaxed);
            let _entered = span.enter();
            if is_throttle(&failure.error) {
                // A last attempt (no epoch) belongs to the episode that closed the budget.
                let reopens = budget.throttled(epoch.unwrap_or(0), failure.retry_after);
                let wait_ms = millis(reopens.saturating_duration_since(Instant::now()));
                if safety == Safety::Write {
                    tracing::warn!(wait_ms, "throttled: a write is never re-sent");
                    return Err(gave_up(failure.error, ThrottleOutcome::WriteNotResent));
                }
                if policy.max_attempts <= 1 {
                    tracing::warn!(wait_ms, "throttled: retries are off");
                    return Err(gave_up(failure.error, ThrottleOutcome::ReadGaveUp { attempts: number }));
                }
                tracing::info!(wait_ms, "throttled: the read is retried when the shop's budget reopens");
                *progress.throttle() = Some(failure.error);
                continue;
            }
            if progress.throttle().take().is_some() {
                tracing::debug!("the earlier throttle is superseded by this failure");
            }
            if let Error::SessionExpired { .. } = failure.error {
                let (Some(refresher), Some(session), false) = (&inner.refresher, inner.protocol.session(), refreshed)
                else {
                    return Err(failure.error);
                };
                refreshed = true;
                drop(_entered);
                let ran = refresher.refresh(session, session_seen).await?;
                tracing::info!(attempt = number, refreshed_here = ran, "session refused: refreshed, retrying once");
                continue;
            }
            failures += 1;
            let retry_after = failure.retry_after.unwrap_or(Duration::ZERO);
            let pause = policy.backoff(failures + 1).max(retry_after);
            let in_time = deadline_at.is_none_or(|at| Instant::now().checked_add(pause).is_some_and(|then| then < at));
            let retry = failures < policy.max_attempts && retry::retryable(safety, &failure) && in_time;
            tracing::warn!(
                retry,
                in_time,
                pause_ms = millis(pause),
                retry_after_ms = failure.retry_after.map(millis),
                error = %failure.error,
                "attempt failed"
            );
            if !retry {
                return Err(failure.error);
            }
            drop(_entered);
            tokio::time::sleep(pause).await;
        }
    }
}
