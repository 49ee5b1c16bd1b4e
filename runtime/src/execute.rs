//! How a `Client` executes one call: attempts under the per-attempt timeout, retries, rate-limit
//! waits, all inside the call's deadline; the protocol encodes each attempt and classifies each
//! reply; redirects are refused.

use std::sync::atomic::{AtomicU32, Ordering};

use tokio::time::Instant;
use tracing::Instrument;

use crate::protocol::{Target, Verdict};
use crate::retry::{self, Failure};
use crate::{Call, Client, Error, RawBody, TimeLimit, transport};

impl Client {
    /// Signs and sends one call and returns the raw reply of a success (any method, including
    /// ones not in the spec: see [`Call::raw`]).
    ///
    /// Retries per the client's [`RetryPolicy`](crate::RetryPolicy) (reads only, unless nothing was
    /// sent); each attempt is limited by the attempt timeout and the whole call by the deadline
    /// ([`Error::Timeout`] says which fired). A redirect is [`Error::Redirect`] and is never followed.
    /// Non-success HTTP statuses become [`Error::HttpStatus`]; a reply the protocol classifies as a
    /// failure or a throttle becomes its error (throttled reads are retried).
    pub async fn execute(&self, call: Call) -> Result<RawBody, Error> {
        let inner = self.inner();
        let span = tracing::info_span!(
            "api.call",
            rpc.system = inner.protocol.name(),
            method = call.method(),
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
        );
        let deadline = inner.limits.deadline;
        // `None` when the deadline lies beyond what an `Instant` can hold: no deadline then.
        let deadline_at = Instant::now().checked_add(deadline);
        let attempt = AtomicU32::new(1);
        let attempts = self.attempts(&call, &span, deadline_at, &attempt);
        let outcome = match deadline_at {
            Some(at) => tokio::time::timeout_at(at, attempts).await,
            None => Ok(attempts.await),
        };
        outcome.unwrap_or_else(|_| {
            let attempt = attempt.load(Ordering::Relaxed);
            let _entered = span.enter();
            tracing::warn!(attempt, deadline_ms = deadline.as_millis() as u64, "call deadline reached");
            Err(Error::Timeout { method: call.method(), limit: TimeLimit::Deadline(deadline), attempt })
        })
    }

    /// The attempts of one call, with rate-limit waits and backoffs; `attempt` tracks the current one.
    async fn attempts(
        &self,
        call: &Call,
        span: &tracing::Span,
        deadline_at: Option<Instant>,
        attempt: &AtomicU32,
    ) -> Result<RawBody, Error> {
        let inner = self.inner();
        let policy = inner.retry;
        let limits = inner.limits;
        let method = call.method();
        let late = |attempt| Error::Timeout { method, limit: TimeLimit::Deadline(limits.deadline), attempt };
        loop {
            let number = attempt.load(Ordering::Relaxed);
            if let Some(limit) = &inner.rate_limit {
                if !limit.acquire(deadline_at).await {
                    let _entered = span.enter();
                    tracing::warn!(attempt = number, "the rate limit's next slot lies past the deadline");
                    return Err(late(number));
                }
            }
            let started = Instant::now();
            let outcome = tokio::time::timeout(limits.attempt_timeout, self.attempt(call).instrument(span.clone()))
                .await
                .unwrap_or_else(|_| {
                    let limit = TimeLimit::Attempt(limits.attempt_timeout);
                    Err(Failure { error: Error::Timeout { method, limit, attempt: number }, maybe_sent: true })
                });
            let latency_ms = started.elapsed().as_millis() as u64;
            span.record("attempt", number);
            span.record("latency_ms", latency_ms);
            let mut failure = match outcome {
                Ok((status, body)) => {
                    span.record("status", status);
                    let _entered = span.enter();
                    tracing::debug!(attempt = number, status, latency_ms, bytes = body.bytes().len(), "reply received");
                    return Ok(body);
                }
                Err(failure) => failure,
            };
            if let Error::Timeout { attempt, .. } = &mut failure.error {
                *attempt = number;
            }
            if let Error::HttpStatus { status, .. } | Error::Redirect { status, .. } = &failure.error {
                span.record("status", *status);
            }
            let pause = policy.backoff(number.saturating_add(1));
            let in_time = deadline_at.is_none_or(|at| Instant::now().checked_add(pause).is_some_and(|then| then < at));
            let retry = number < policy.max_attempts && retry::retryable(call.info.safety, &failure) && in_time;
            let _entered = span.enter();
            tracing::warn!(attempt = number, latency_ms, retry, in_time, error = %failure.error, "call failed");
            if !retry {
                return Err(failure.error);
            }
            drop(_entered);
            attempt.store(number + 1, Ordering::Relaxed);
            tokio::time::sleep(pause).await;
        }
    }

    /// One signed HTTP exchange, the whole reply body included, classified by the protocol.
    async fn attempt(&self, call: &Call) -> Result<(u16, RawBody), Failure> {
        let inner = self.inner();
        let method = call.method();
        let connect_timeout = inner.limits.connect_timeout;
        let unsent = |error: Error| Failure { error, maybe_sent: false };
        let target = Target { http: &inner.http, endpoint: &inner.endpoint };
        let request = inner.protocol.encode(call, target).map_err(unsent)?;
        let mut response = request.send().await.map_err(|error| Failure {
            maybe_sent: !error.is_connect(),
            error: Error::transport(method, error, connect_timeout),
        })?;
        let sent = |error: Error| Failure { error, maybe_sent: true };
        let status = response.status();
        if status.is_redirection() {
            let location = response.headers().get(reqwest::header::LOCATION).map(|value| value.as_bytes());
            let secret_params = inner.protocol.secret_params();
            let secret_values = call.params.iter().filter(|(name, _)| secret_params.contains(&name.as_ref()));
            let secrets: Vec<&str> =
                inner.protocol.secrets().into_iter().chain(secret_values.map(|(_, value)| value.as_str())).collect();
            let redirect = transport::describe_redirect(status.as_u16(), response.url(), location, &secrets);
            let transport::Redirect { status, location, https_upgrade } = redirect;
            return Err(sent(Error::Redirect { method, status, location, https_upgrade }));
        }
        let limit = inner.max_response_bytes;
        let raw = self.raw_body(transport::read_body(&mut response, limit).await.map_err(|error| {
            sent(match error {
                transport::BodyError::TooLarge => Error::ResponseTooLarge { method, limit },
                transport::BodyError::Transport(error) => Error::transport(method, error, connect_timeout),
            })
        })?);
        if !status.is_success() {
            return Err(sent(Error::HttpStatus { method, status: status.as_u16(), raw }));
        }
        match inner.protocol.classify(call, &raw) {
            Verdict::Success => Ok((status.as_u16(), raw)),
            Verdict::Failed(error) | Verdict::Throttled(error) => Err(sent(error)),
        }
    }
}
