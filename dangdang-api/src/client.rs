//! `Client`: credentials, endpoint and HTTP settings; signs, encodes and sends every call.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::retry::{RateLimit, RetryPolicy};
use crate::{Error, config_checks, transport};
use secrecy::SecretString;

/// The gateway of the Dangdang open platform.
pub const DEFAULT_ENDPOINT: &str = "http://api.open.dangdang.com/openapi/rest";
/// The `v` system parameter every known client sends.
pub const API_VERSION: &str = "1.0";
/// Default limit for one attempt (connect, send, receive the whole reply); see
/// [`ClientBuilder::attempt_timeout`].
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(15);
/// Default limit for a whole call, all attempts and waits included; see [`ClientBuilder::deadline`].
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(30);
/// Default limit for establishing a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default cap on a reply's size: 32 MiB.
///
/// Worst case of a reply within it: decoding peaks at about 4× the reply's size plus at most
/// 11 MiB (within 8× for any reply of 3 MiB or more; 256 MiB at this cap, about 4.3× measured for
/// the costliest shapes at 32 MiB; see [`limits`](crate::limits)). Shapes that cost more memory
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
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub http: reqwest::Client,
    pub endpoint: String,
    pub app_key: String,
    pub app_secret: SecretString,
    pub session: SecretString,
    pub limits: Limits,
    pub max_response_bytes: usize,
    pub retry: RetryPolicy,
    pub rate_limit: Option<RateLimit>,
}

/// The time limits of a client, checked to be longer than zero.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub attempt_timeout: Duration,
    pub deadline: Duration,
    pub connect_timeout: Duration,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.inner.endpoint)
            .field("app_key", &self.inner.app_key)
            .field("app_secret", &self.inner.app_secret)
            .field("session", &self.inner.session)
            .field("limits", &self.inner.limits)
            .field("max_response_bytes", &self.inner.max_response_bytes)
            .field("retry", &self.inner.retry)
            .field("rate_limit", &self.inner.rate_limit)
            .finish()
    }
}

/// Settings for a [`Client`].
///
/// Every setter accepts any value; `build()` refuses out-of-range ones with [`Error::Config`]
/// naming the setting (a zero timeout or deadline, a rate limit that is not a finite number of at
/// least one call a day, zero attempts, a zero reply cap, an endpoint that is not an http(s) URL).
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    app_key: String,
    app_secret: SecretString,
    session: SecretString,
    endpoint: String,
    attempt_timeout: Duration,
    deadline: Duration,
    connect_timeout: Duration,
    max_response_bytes: usize,
    retry: RetryPolicy,
    calls_per_second: Option<f64>,
    root_certificates_pem: Vec<Vec<u8>>,
}

impl ClientBuilder {
    /// The gateway URL (default [`DEFAULT_ENDPOINT`]); `https://` works too. Point it at a test server.
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = endpoint.into();
        self
    }

    /// Limit for **one attempt**: connecting, sending and receiving the whole reply (default
    /// [`DEFAULT_ATTEMPT_TIMEOUT`]). A read that times out is retried per [`ClientBuilder::retry`],
    /// within the [`ClientBuilder::deadline`]. Fails as [`Error::Timeout`] with [`TimeLimit::Attempt`](crate::TimeLimit::Attempt).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = timeout;
        self
    }

    /// Same as [`ClientBuilder::attempt_timeout`] (the limit for one attempt, not the whole call).
    pub fn timeout(self, timeout: Duration) -> Self {
        self.attempt_timeout(timeout)
    }

    /// Limit for **the whole call**: every attempt, every backoff and rate-limit wait (default
    /// [`DEFAULT_DEADLINE`]). Whatever the gateway does (hangs, trickles bytes, fails), a call
    /// returns within this time. Fails as [`Error::Timeout`] with [`TimeLimit::Deadline`](crate::TimeLimit::Deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// Limit for connecting (default [`DEFAULT_CONNECT_TIMEOUT`]), within the attempt timeout.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Cap on a reply's size (default [`DEFAULT_MAX_RESPONSE_BYTES`], which states the worst-case
    /// memory of a reply within the cap).
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// How failed calls are retried (default [`RetryPolicy::default`]: 3 attempts for reads).
    /// Writes are only retried when nothing was sent. All attempts share the deadline.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Spaces calls at most `calls_per_second` apart, across every clone of the client (one app key).
    /// Dangdang publishes no quota; its rate-limit reply is `SHOP访问API一分钟频次超限`. At least
    /// [`MIN_CALLS_PER_SECOND`](crate::MIN_CALLS_PER_SECOND) (one a day); a call whose slot lies past
    /// its deadline fails at once with [`TimeLimit::Deadline`](crate::TimeLimit::Deadline).
    pub fn rate_limit(mut self, calls_per_second: f64) -> Self {
        self.calls_per_second = Some(calls_per_second);
        self
    }

    /// Also trusts the PEM root certificate(s) in `pem` for https endpoints (a private CA, a test server);
    /// the built-in web roots stay trusted. May be called several times.
    pub fn add_root_certificate_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.root_certificates_pem.push(pem.into());
        self
    }

    /// Builds the client, or [`Error::Config`] naming the first out-of-range setting.
    pub fn build(self) -> Result<Client, Error> {
        transport::check_url("endpoint", &self.endpoint).map_err(Error::Config)?;
        if self.app_key.is_empty() {
            return Err(Error::Config("app_key is empty".into()));
        }
        config_checks::retry_policy(&self.retry).map_err(Error::Config)?;
        let attempt_timeout =
            config_checks::positive("attempt_timeout", self.attempt_timeout).map_err(Error::Config)?;
        let deadline = config_checks::positive("deadline", self.deadline).map_err(Error::Config)?;
        let connect_timeout =
            config_checks::positive("connect_timeout", self.connect_timeout).map_err(Error::Config)?;
        let max_response_bytes = config_checks::response_cap(self.max_response_bytes).map_err(Error::Config)?;
        let rate_limit = match self.calls_per_second {
            Some(rate) => Some(RateLimit::new(config_checks::rate_interval(rate).map_err(Error::Config)?)),
            None => None,
        };
        let http = transport::http_client(connect_timeout, None, &self.root_certificates_pem).map_err(Error::Config)?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                endpoint: self.endpoint,
                app_key: self.app_key,
                app_secret: self.app_secret,
                session: self.session,
                limits: Limits { attempt_timeout, deadline, connect_timeout },
                max_response_bytes,
                retry: self.retry,
                rate_limit,
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
            app_secret: SecretString::from(app_secret.into()),
            session: SecretString::from(session.into()),
            endpoint: DEFAULT_ENDPOINT.to_owned(),
            attempt_timeout: DEFAULT_ATTEMPT_TIMEOUT,
            deadline: DEFAULT_DEADLINE,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            retry: RetryPolicy::default(),
            calls_per_second: None,
            root_certificates_pem: Vec::new(),
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
}
