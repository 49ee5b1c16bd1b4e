//! `Client`: one API's protocol, endpoint and HTTP settings; `ClientBuilder` checks the settings.

use std::any::Any;
use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use crate::limiter::Budget;
use crate::retry::RetryPolicy;
use crate::session::Refresher;
use crate::{Call, Error, Method, Protocol, RawBody, SharedLimits, ShopLimit, config_checks, transport};

/// Default limit for one attempt (connect, send, receive the whole reply); see
/// [`ClientBuilder::attempt_timeout`].
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(15);
/// Default limit for a whole call, all attempts and waits included; see [`ClientBuilder::deadline`].
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(30);
/// Default limit for establishing a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default cap on a reply's size: 32 MiB. Each API crate states the worst-case memory of decoding
/// a reply within it.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// A client of one API. Cheap to clone (shared connection pool and settings).
///
/// API crates wrap it in their own `Client` (which derefs to this one) to add their methods.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub http: reqwest::Client,
    pub protocol: Arc<dyn Protocol>,
    pub endpoint: String,
    /// The endpoint's host, for spans (`server.address`).
    pub server_address: String,
    pub limits: TimeLimits,
    pub max_response_bytes: usize,
    pub retry: RetryPolicy,
    /// The shop's shared budget, or this client's own.
    pub budget: Arc<Budget>,
    pub refresher: Option<Arc<Refresher>>,
}

/// The time limits of a client, checked to be longer than zero.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TimeLimits {
    pub attempt_timeout: Duration,
    pub deadline: Duration,
    pub connect_timeout: Duration,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("protocol", &self.inner.protocol)
            .field("endpoint", &self.inner.endpoint)
            .field("limits", &self.inner.limits)
            .field("max_response_bytes", &self.inner.max_response_bytes)
            .field("retry", &self.inner.retry)
            .field("budget", &self.inner.budget)
            .field("refresh_session", &self.inner.refresher.is_some())
            .finish()
    }
}

impl Client {
    /// Sends a request of a generated method and decodes its reply.
    ///
    /// The generic part is this one line; signing, sending, retrying and classifying run in the
    /// non-generic [`Client::execute`].
    pub fn send<M: Method + ?Sized>(
        &self,
        request: &M,
    ) -> impl Future<Output = Result<M::Response, Error>> + Send + '_ {
        let call = Call::of(request);
        async move { M::decode(&self.execute(call?).await?) }
    }

    /// The gateway URL in use.
    pub fn endpoint(&self) -> &str {
        &self.inner.endpoint
    }

    /// The protocol in use, as the API crate's type (`None` for another type).
    pub fn protocol<P: Protocol>(&self) -> Option<&P> {
        let protocol: &dyn Any = self.inner.protocol.as_ref();
        protocol.downcast_ref()
    }

    /// The HTTP connection pool, to build more clients on (see [`ClientBuilder::http_pool`]).
    pub fn http_pool(&self) -> HttpPool {
        HttpPool(self.inner.http.clone())
    }

    pub(crate) fn inner(&self) -> &Inner {
        &self.inner
    }

    /// The raw reply's charset, per the protocol.
    pub(crate) fn raw_body(&self, bytes: bytes::Bytes) -> RawBody {
        let charset = self.inner.protocol.reply_charset(&bytes);
        RawBody::new(bytes, charset)
    }
}

/// A connection pool built by the runtime (redirects never followed, no `Referer`), shared by
/// every client built on it: one pool for many shops. Cheap to clone.
#[derive(Debug, Clone)]
pub struct HttpPool(reqwest::Client);

/// Settings for a [`Client`]; `C` is the client type the API crate builds (its wrapper).
///
/// Every setter accepts any value; `build()` refuses out-of-range ones with [`Error::Config`]
/// naming the setting (a zero timeout or deadline, a rate limit that is not a finite number of at
/// least one call a day, zero attempts, a zero reply cap, an endpoint that is not an http(s) URL).
pub struct ClientBuilder<C = Client> {
    protocol: Arc<dyn Protocol>,
    endpoint: String,
    attempt_timeout: Duration,
    deadline: Duration,
    connect_timeout: Duration,
    max_response_bytes: usize,
    retry: RetryPolicy,
    calls_per_second: Option<f64>,
    limit: Option<ShopLimit>,
    shared: Option<(SharedLimits, String)>,
    refresher: Option<Arc<Refresher>>,
    root_certificates_pem: Vec<Vec<u8>>,
    pool: Option<HttpPool>,
    client: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("protocol", &self.protocol)
            .field("endpoint", &self.endpoint)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("deadline", &self.deadline)
            .field("connect_timeout", &self.connect_timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("retry", &self.retry)
            .field("calls_per_second", &self.calls_per_second)
            .field("limit", &self.limit)
            .field("shop", &self.shared.as_ref().map(|(_, shop)| shop))
            .field("refresh_session", &self.refresher.is_some())
            .field("root_certificates", &self.root_certificates_pem.len())
            .field("shared_pool", &self.pool.is_some())
            .finish()
    }
}

impl<C> Clone for ClientBuilder<C> {
    fn clone(&self) -> Self {
        ClientBuilder {
            protocol: Arc::clone(&self.protocol),
            endpoint: self.endpoint.clone(),
            root_certificates_pem: self.root_certificates_pem.clone(),
            pool: self.pool.clone(),
            shared: self.shared.clone(),
            refresher: self.refresher.clone(),
            ..*self
        }
    }
}

impl<C> ClientBuilder<C> {
    /// Starts from a protocol and its default endpoint, with the default limits.
    pub fn new(protocol: Arc<dyn Protocol>, endpoint: impl Into<String>) -> Self {
        ClientBuilder {
            protocol,
            endpoint: endpoint.into(),
            attempt_timeout: DEFAULT_ATTEMPT_TIMEOUT,
            deadline: DEFAULT_DEADLINE,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            retry: RetryPolicy::default(),
            calls_per_second: None,
            limit: None,
            shared: None,
            refresher: None,
            root_certificates_pem: Vec::new(),
            pool: None,
            client: PhantomData,
        }
    }

    /// The gateway URL; `https://` works too. Point it at a test server.
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
    /// Ignored with a shared [`ClientBuilder::http_pool`] (the pool's own applies).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Cap on a reply's size (default [`DEFAULT_MAX_RESPONSE_BYTES`]).
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

    /// Spaces calls at most `calls_per_second` apart, across every clone of the client. At least
    /// [`MIN_CALLS_PER_SECOND`](crate::MIN_CALLS_PER_SECOND) (one a day); a call whose slot lies
    /// past its deadline fails at once with [`TimeLimit::Deadline`](crate::TimeLimit::Deadline).
    /// The same as [`ClientBuilder::limit`] with [`ShopLimit::per_second`]: throttles lower it.
    pub fn rate_limit(mut self, calls_per_second: f64) -> Self {
        self.calls_per_second = Some(calls_per_second);
        self
    }

    /// The budget of this client and its clones (default [`ShopLimit::learned`]: not paced until
    /// the gateway throttles). For a budget shared by many clients of one shop use
    /// [`ClientBuilder::shared_limits`] instead.
    pub fn limit(mut self, limit: ShopLimit) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Paces calls with `shop`'s budget in `limits`, shared with every client built with the same
    /// limits and shop key (twenty clients of one shop keep one budget; settings per shop with
    /// [`SharedLimits::set`]). `shop` is any id the caller chooses — never a session or secret: it
    /// appears in logs and spans.
    pub fn shared_limits(mut self, limits: &SharedLimits, shop: impl Into<String>) -> Self {
        self.shared = Some((limits.clone(), shop.into()));
        self
    }

    /// Calls `refresh` (an OAuth token refresh, say) when the protocol classifies a reply as a
    /// session error ([`Error::SessionExpired`]), installs the token it returns, and retries the
    /// call once (the gateway refused it before running it, so writes too). Calls refused with the
    /// same session share one refresh. An error from `refresh` is returned as the call's error.
    ///
    /// Only protocols whose reference gives a session-error code report one: neither Dangdang
    /// (no published code) nor Wangdian (no session) does today, so the hook is there for when
    /// one is known. `build()` refuses it for a protocol that sends no session.
    pub fn refresh_session<F, Fut>(mut self, refresh: F) -> Self
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<String, Error>> + Send + 'static,
    {
        self.refresher = Some(Refresher::new(Box::new(move || Box::pin(refresh()))));
        self
    }

    /// Also trusts the PEM root certificate(s) in `pem` for https endpoints (a private CA, a test
    /// server); the built-in web roots stay trusted. May be called several times. Ignored with a
    /// shared [`ClientBuilder::http_pool`] (the pool's own roots apply).
    pub fn add_root_certificate_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.root_certificates_pem.push(pem.into());
        self
    }

    /// Sends over an existing client's connection pool ([`Client::http_pool`]) instead of a new
    /// one: many shops, one pool.
    pub fn http_pool(mut self, pool: HttpPool) -> Self {
        self.pool = Some(pool);
        self
    }

    /// Builds the client, or [`Error::Config`] naming the first out-of-range setting.
    pub fn build(self) -> Result<C, Error>
    where
        C: From<Client>,
    {
        self.build_client().map(C::from)
    }

    fn build_client(self) -> Result<Client, Error> {
        transport::check_url("endpoint", &self.endpoint).map_err(Error::Config)?;
        self.protocol.check_config().map_err(Error::Config)?;
        config_checks::retry_policy(&self.retry).map_err(Error::Config)?;
        let attempt_timeout =
            config_checks::positive("attempt_timeout", self.attempt_timeout).map_err(Error::Config)?;
        let deadline = config_checks::positive("deadline", self.deadline).map_err(Error::Config)?;
        let connect_timeout =
            config_checks::positive("connect_timeout", self.connect_timeout).map_err(Error::Config)?;
        let max_response_bytes = config_checks::response_cap(self.max_response_bytes).map_err(Error::Config)?;
        let budget = self.budget()?;
        if self.refresher.is_some() && self.protocol.session().is_none() {
            let name = self.protocol.name();
            return Err(Error::Config(format!("refresh_session: the {name} protocol sends no session to refresh")));
        }
        let http = match self.pool {
            Some(HttpPool(http)) => http,
            None => {
                transport::http_client(connect_timeout, None, &self.root_certificates_pem).map_err(Error::Config)?
            }
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                protocol: self.protocol,
                server_address: reqwest::Url::parse(&self.endpoint)
                    .ok()
                    .and_then(|url| url.host_str().map(str::to_owned))
                    .unwrap_or_default(),
                endpoint: self.endpoint,
                limits: TimeLimits { attempt_timeout, deadline, connect_timeout },
                max_response_bytes,
                retry: self.retry,
                budget,
                refresher: self.refresher,
            }),
        })
    }

    /// The shop's shared budget, or this client's own from `limit` and `rate_limit`.
    fn budget(&self) -> Result<Arc<Budget>, Error> {
        if let Some(rate) = self.calls_per_second {
            config_checks::rate_interval(rate).map_err(Error::Config)?;
        }
        let own = match (self.limit, self.calls_per_second) {
            (None, None) => None,
            (limit, None) => limit,
            (limit, Some(rate)) => Some(ShopLimit { rate: Some(rate), ..limit.unwrap_or_default() }),
        };
        match (&self.shared, own) {
            (Some(_), Some(_)) => Err(Error::Config(
                "rate_limit / limit and shared_limits are both set: set the shop's limit with SharedLimits::set".into(),
            )),
            (Some((limits, shop)), None) => Ok(limits.budget(shop)),
            (None, own) => Ok(Budget::new(None, own.unwrap_or_default().check().map_err(Error::Config)?)),
        }
    }
}

/// The client type of an API crate: a newtype over the runtime's [`Client`] that derefs to it and
/// converts both ways (what [`ClientBuilder::build`] needs), so the crate can add its generated
/// one-line methods to it. Written once here instead of in every API crate.
#[macro_export]
macro_rules! api_client {
    ($(#[$meta:meta])* $vis:vis struct $name:ident;) => {
        $(#[$meta])*
        #[derive(Debug, Clone)]
        $vis struct $name($crate::Client);

        impl ::std::ops::Deref for $name {
            type Target = $crate::Client;

            fn deref(&self) -> &$crate::Client {
                &self.0
            }
        }

        impl ::std::convert::From<$crate::Client> for $name {
            fn from(client: $crate::Client) -> $name {
                $name(client)
            }
        }

        impl ::std::convert::From<$name> for $crate::Client {
            fn from(client: $name) -> $crate::Client {
                client.0
            }
        }
    };
}
