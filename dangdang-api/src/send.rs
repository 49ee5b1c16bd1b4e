//! How a `Client` sends one call: attempts under the per-attempt timeout, retries, rate-limit waits,
//! all inside the call's deadline; signing and encoding each attempt; redirects refused.

use std::sync::atomic::{AtomicU32, Ordering};

use secrecy::ExposeSecret;
use tokio::time::Instant;
use tracing::Instrument;

use crate::call::{ApiCall, Transport, Upload, UploadBody};
use crate::error::RawBody;
use crate::retry::{self, Failure};
use crate::sign::{self, SystemParams};
use crate::{API_VERSION, BeijingTime, Client, Error, TimeLimit, charset, transport};

impl Client {
    /// Signs and sends one call and returns the raw reply (any method, including ones not in the spec).
    ///
    /// Retries per the client's [`RetryPolicy`](crate::RetryPolicy) (reads only, unless nothing was
    /// sent); each attempt is limited by the attempt timeout and the whole call by the deadline
    /// ([`Error::Timeout`] says which fired). A redirect is [`Error::Redirect`] and is never followed.
    /// Non-success HTTP statuses become [`Error::HttpStatus`]; envelopes are not inspected here (see
    /// [`decode`](crate::decode), which the generated methods use).
    pub async fn execute(&self, call: ApiCall) -> Result<RawBody, Error> {
        let span = tracing::info_span!(
            "dangdang.call",
            method = call.method,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
        );
        let deadline = self.inner.limits.deadline;
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
            Err(Error::Timeout { method: call.method, limit: TimeLimit::Deadline(deadline), attempt })
        })
    }

    /// The attempts of one call, with rate-limit waits and backoffs; `attempt` tracks the current one.
    async fn attempts(
        &self,
        call: &ApiCall,
        span: &tracing::Span,
        deadline_at: Option<Instant>,
        attempt: &AtomicU32,
    ) -> Result<RawBody, Error> {
        let policy = self.inner.retry;
        let limits = self.inner.limits;
        let late =
            |attempt| Error::Timeout { method: call.method, limit: TimeLimit::Deadline(limits.deadline), attempt };
        loop {
            let number = attempt.load(Ordering::Relaxed);
            if let Some(limit) = &self.inner.rate_limit {
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
                    Err(Failure {
                        error: Error::Timeout { method: call.method, limit, attempt: number },
                        maybe_sent: true,
                    })
                });
            let latency_ms = started.elapsed().as_millis() as u64;
            span.record("attempt", number);
            span.record("latency_ms", latency_ms);
            let mut failure = match outcome {
                Ok((status, body)) => {
                    span.record("status", status);
                    let _entered = span.enter();
                    tracing::debug!(attempt = number, status, latency_ms, bytes = body.0.len(), "reply received");
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
            let retry = number < policy.max_attempts && retry::retryable(call.safety, &failure) && in_time;
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

    /// One signed HTTP exchange, the whole reply body included.
    async fn attempt(&self, call: &ApiCall) -> Result<(u16, RawBody), Failure> {
        let method = call.method;
        let connect_timeout = self.inner.limits.connect_timeout;
        let unsent = |error: Error| Failure { error, maybe_sent: false };
        let request = self.build_request(call).map_err(unsent)?;
        let mut response = request.send().await.map_err(|error| Failure {
            maybe_sent: !error.is_connect(),
            error: Error::transport(method, error, connect_timeout),
        })?;
        let sent = |error: Error| Failure { error, maybe_sent: true };
        let status = response.status();
        if status.is_redirection() {
            let location = response.headers().get(reqwest::header::LOCATION).map(|value| value.as_bytes());
            let secrets = [self.inner.session.expose_secret(), self.inner.app_secret.expose_secret()];
            let redirect = transport::describe_redirect(status.as_u16(), response.url(), location, &secrets);
            let transport::Redirect { status, location, https_upgrade } = redirect;
            return Err(sent(Error::Redirect { method, status, location, https_upgrade }));
        }
        let limit = self.inner.max_response_bytes;
        let raw = RawBody(transport::read_body(&mut response, limit).await.map_err(|error| {
            sent(match error {
                transport::BodyError::TooLarge => Error::ResponseTooLarge { method, limit },
                transport::BodyError::Transport(error) => Error::transport(method, error, connect_timeout),
            })
        })?);
        if !status.is_success() {
            return Err(sent(Error::HttpStatus { method, status: status.as_u16(), raw }));
        }
        Ok((status.as_u16(), raw))
    }

    /// Signs the call with a fresh timestamp and encodes it for its transport.
    fn build_request(&self, call: &ApiCall) -> Result<reqwest::RequestBuilder, Error> {
        let method = call.method;
        let timestamp = BeijingTime::now().to_string();
        let system = SystemParams {
            app_key: &self.inner.app_key,
            format: "xml",
            method,
            session: self.inner.session.expose_secret(),
            sign_method: "md5",
            timestamp: &timestamp,
            v: API_VERSION,
        };
        let signature = sign::sign(self.inner.app_secret.expose_secret(), &system);
        let mut encoded = String::new();
        for (name, value) in system.sorted() {
            charset::append_pair(&mut encoded, name, value.as_bytes());
        }
        charset::append_pair(&mut encoded, "sign", signature.as_bytes());
        for (name, value) in &call.params {
            let gbk = charset::to_gbk(value).ok_or_else(|| Error::Unencodable { method, param: name.to_string() })?;
            charset::append_pair(&mut encoded, name, &gbk);
        }
        let http = &self.inner.http;
        let endpoint = &self.inner.endpoint;
        Ok(match call.transport {
            Transport::Get => http.get(format!("{endpoint}?{encoded}")),
            Transport::PostForm => http
                .post(endpoint.as_str())
                .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded; charset=GBK")
                .body(encoded),
            Transport::Multipart => {
                let mut form = reqwest::multipart::Form::new();
                if let Some(upload) = &call.upload {
                    form = form.part(upload.field, upload_part(method, &timestamp, upload)?);
                }
                http.post(format!("{endpoint}?{encoded}")).multipart(form)
            }
        })
    }
}

/// The file part of an upload: the GBK XML document (or the caller's bytes), size-checked.
fn upload_part(method: &'static str, timestamp: &str, upload: &Upload) -> Result<reqwest::multipart::Part, Error> {
    let (bytes, mime) = match &upload.body {
        UploadBody::XmlFragment(fragment) => {
            (charset::xml_to_gbk(&crate::xml::request_document(method, timestamp, fragment)), "text/xml")
        }
        UploadBody::Bytes(bytes) => (bytes.clone(), "application/zip"),
    };
    if let Some(max) = upload.max_bytes {
        if bytes.len() as u64 > max {
            return Err(Error::InvalidParam {
                method,
                param: upload.field.to_owned(),
                rule: format!("at most {max} bytes, got {}", bytes.len()),
            });
        }
    }
    reqwest::multipart::Part::bytes(bytes)
        .file_name(upload.filename)
        .mime_str(mime)
        .map_err(|error| Error::Transport { method, source: error.without_url() })
}
