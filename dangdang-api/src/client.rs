//! `Client`: credentials, endpoint and HTTP settings; signs, encodes and sends every call.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::{Bytes, BytesMut};

use tokio::time::Instant;
use tracing::Instrument;

use crate::call::{ApiCall, Transport, Upload, UploadBody};
use crate::charset;
use crate::error::RawBody;
use crate::retry::{self, Failure, RateLimit, RetryPolicy};
use crate::secret::Secret;
use crate::sign::{self, SystemParams};
use crate::{BeijingTime, Error};

/// The gateway of the Dangdang open platform.
pub const DEFAULT_ENDPOINT: &str = "http://api.open.dangdang.com/openapi/rest";
/// The `v` system parameter every known client sends.
pub const API_VERSION: &str = "1.0";
/// Default limit for a whole call (connect, send, receive).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default limit for establishing a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default cap on a reply's size: 32 MiB.
///
/// Worst case of a reply within it: decoding peaks at 8× the reply's size at most, 256 MiB at
/// this cap (about 4.3× measured for the costliest shapes at 32 MiB). Shapes that cost more memory
/// per byte (empty records, empty or attribute-only elements, deep nesting) are refused with an
/// [`Error::Decode`] past the per-reply counts of [`limits`](crate::limits): `MAX_ITEMS` records,
/// `MAX_NODES` elements and attributes, `MAX_DEPTH` levels. Decoding time is linear in the size.
/// Real replies are far smaller: a 20-order page is about 15 KB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// A Dangdang API client. Cheap to clone (shared connection pool and settings).
///
/// ```no_run
/// # async fn run() -> Result<(), dangdang_api::Error> {
/// use dangdang_api::{orders::orders_list_get, types::OrderState, Client};
///
/// let client = Client::builder("2100000000", "app secret", "session token").build()?;
/// let request = orders_list_get::Request::new().order_state(OrderState::AwaitingShipment).page_size(20);
/// let page = client.orders_list_get(&request).await?;
/// for order in &page.orders_list {
///     println!("{:?} {:?}", order.order_id, order.order_money);
/// }
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    endpoint: String,
    app_key: String,
    app_secret: Secret,
    session: Secret,
    max_response_bytes: usize,
    retry: RetryPolicy,
    rate_limit: Option<RateLimit>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.inner.endpoint)
            .field("app_key", &self.inner.app_key)
            .field("app_secret", &self.inner.app_secret)
            .field("session", &self.inner.session)
            .field("max_response_bytes", &self.inner.max_response_bytes)
            .field("retry", &self.inner.retry)
            .field("rate_limit", &self.inner.rate_limit)
            .finish()
    }
}

/// Settings for a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    app_key: String,
    app_secret: Secret,
    session: Secret,
    endpoint: String,
    timeout: Duration,
    connect_timeout: Duration,
    max_response_bytes: usize,
    retry: RetryPolicy,
    calls_per_second: Option<f64>,
}

impl ClientBuilder {
    /// The gateway URL (default [`DEFAULT_ENDPOINT`]); point it at a test server.
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = endpoint.into();
        self
    }

    /// Limit for a whole call (default [`DEFAULT_TIMEOUT`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Limit for connecting (default [`DEFAULT_CONNECT_TIMEOUT`]).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Cap on a reply's size (default [`DEFAULT_MAX_RESPONSE_BYTES`], which states the worst-case
    /// memory of a reply within the cap: 8× its size).
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// How failed calls are retried (default [`RetryPolicy::default`]: 3 attempts for reads).
    /// Writes are only retried when nothing was sent.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Spaces calls at most `calls_per_second` apart, across every clone of the client (one app key).
    /// Dangdang publishes no quota; its rate-limit reply is `SHOP访问API一分钟频次超限`.
    pub fn rate_limit(mut self, calls_per_second: f64) -> Self {
        self.calls_per_second = Some(calls_per_second);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, Error> {
        if !(self.endpoint.starts_with("http://") || self.endpoint.starts_with("https://")) {
            return Err(Error::Config(format!("endpoint `{}` is not an http(s) URL", self.endpoint)));
        }
        if self.app_key.is_empty() {
            return Err(Error::Config("app_key is empty".into()));
        }
        if self.retry.max_attempts == 0 {
            return Err(Error::Config("retry.max_attempts must be at least 1".into()));
        }
        if let Some(rate) = self.calls_per_second.filter(|rate| !(rate.is_finite() && *rate > 0.0)) {
            return Err(Error::Config(format!("rate limit {rate} is not a positive number of calls per second")));
        }
        let http = reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .build()
            .map_err(|error| Error::Config(error.without_url().to_string()))?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                endpoint: self.endpoint,
                app_key: self.app_key,
                app_secret: self.app_secret,
                session: self.session,
                max_response_bytes: self.max_response_bytes,
                retry: self.retry,
                rate_limit: self.calls_per_second.map(RateLimit::per_second),
            }),
        })
    }
}

impl Client {
    /// Starts building a client from the app key, the app secret and the session (access token).
    pub fn builder(
        app_key: impl Into<String>,
        app_secret: impl Into<String>,
        session: impl Into<String>,
    ) -> ClientBuilder {
        ClientBuilder {
            app_key: app_key.into(),
            app_secret: Secret::new(app_secret),
            session: Secret::new(session),
            endpoint: DEFAULT_ENDPOINT.to_owned(),
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            retry: RetryPolicy::default(),
            calls_per_second: None,
        }
    }

    /// The gateway URL in use.
    pub fn endpoint(&self) -> &str {
        &self.inner.endpoint
    }

    /// The app key in use.
    pub fn app_key(&self) -> &str {
        &self.inner.app_key
    }

    /// Signs and sends one call and returns the raw reply (any method, including ones not in the spec).
    ///
    /// Retries per the client's [`RetryPolicy`] (reads only, unless nothing was sent). Non-success
    /// HTTP statuses become [`Error::HttpStatus`]; envelopes are not inspected here (see
    /// [`decode`](crate::decode), which the generated methods use).
    pub async fn execute(&self, call: ApiCall) -> Result<RawBody, Error> {
        let span = tracing::info_span!(
            "dangdang.call",
            method = call.method,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
        );
        let policy = self.inner.retry;
        let mut attempt = 1;
        loop {
            if let Some(limit) = &self.inner.rate_limit {
                limit.acquire().await;
            }
            let started = Instant::now();
            let outcome = self.attempt(&call).instrument(span.clone()).await;
            let latency_ms = started.elapsed().as_millis() as u64;
            span.record("attempt", attempt);
            span.record("latency_ms", latency_ms);
            match outcome {
                Ok((status, body)) => {
                    span.record("status", status);
                    let _entered = span.enter();
                    tracing::debug!(attempt, status, latency_ms, bytes = body.0.len(), "reply received");
                    return Ok(body);
                }
                Err(failure) => {
                    if let Error::HttpStatus { status, .. } = &failure.error {
                        span.record("status", *status);
                    }
                    let retry = attempt < policy.max_attempts && retry::retryable(call.safety, &failure);
                    let _entered = span.enter();
                    tracing::warn!(attempt, latency_ms, retry, error = %failure.error, "call failed");
                    if !retry {
                        return Err(failure.error);
                    }
                    attempt += 1;
                    drop(_entered);
                    tokio::time::sleep(policy.backoff(attempt)).await;
                }
            }
        }
    }

    /// One signed HTTP exchange.
    async fn attempt(&self, call: &ApiCall) -> Result<(u16, RawBody), Failure> {
        let method = call.method;
        let unsent = |error: Error| Failure { error, maybe_sent: false };
        let request = self.build_request(call).map_err(unsent)?;
        let mut response = request
            .send()
            .await
            .map_err(|error| Failure { maybe_sent: !error.is_connect(), error: Error::transport(method, error) })?;
        let sent = |error: Error| Failure { error, maybe_sent: true };
        let status = response.status();
        let limit = self.inner.max_response_bytes;
        let mut body = BytesMut::new();
        while let Some(chunk) = response.chunk().await.map_err(|error| sent(Error::transport(method, error)))? {
            if body.len() + chunk.len() > limit {
                return Err(sent(Error::ResponseTooLarge { method, limit }));
            }
            body.extend_from_slice(&chunk);
        }
        let raw = RawBody(Bytes::from(body));
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
            session: self.inner.session.expose(),
            sign_method: "md5",
            timestamp: &timestamp,
            v: API_VERSION,
        };
        let signature = sign::sign(self.inner.app_secret.expose(), &system);
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
                value: format!("{} bytes", bytes.len()),
                rule: format!("at most {max} bytes"),
            });
        }
    }
    reqwest::multipart::Part::bytes(bytes)
        .file_name(upload.filename)
        .mime_str(mime)
        .map_err(|error| Error::transport(method, error))
}
