//! `Client`: the runtime's client with the Wangdian protocol, and a method per spec method.

use std::sync::Arc;

use secrecy::SecretString;

use crate::protocol::Wangdian;
use crate::rt;

/// The production gateway (signing reference §1.1, solid).
pub const DEFAULT_ENDPOINT: &str = "http://wdt.wangdian.cn/openapi";
/// The production gateway over https: some SDKs default to it; the docs show only http (likely).
pub const HTTPS_ENDPOINT: &str = "https://wdt.wangdian.cn/openapi";
/// The test gateway of the doc pages' "请求地址" table.
pub const TEST_ENDPOINT: &str = "http://47.92.239.46/openapi";
/// The `v` system parameter, fixed.
pub const API_VERSION: &str = "1.0";

rt::api_client! {
    /// A Wangdian (旺店通旗舰版) API client. Cheap to clone (shared connection pool and settings).
    ///
    /// One method per API method; every request also has `request.send(&client)`
    /// ([`SendRequest`](crate::SendRequest)). It derefs to the runtime's [`Client`](crate::rt::Client)
    /// for [`send`](crate::rt::Client::send) and [`execute`](crate::rt::Client::execute) (raw calls).
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), wangdian_api::Error> {
    /// use wangdian_api::{Client, TEST_ENDPOINT};
    ///
    /// // The issued app secret is `secret:salt`: pass it whole.
    /// let client = Client::builder("seller-sid", "app-key", "secret:salt").endpoint(TEST_ENDPOINT).build()?;
    /// assert_eq!(client.sid(), "seller-sid");
    /// # Ok(()) }
    /// ```
    pub struct Client;
}

/// Settings for a [`Client`]: endpoint, time limits, retries, rate limit, certificates, a shared
/// connection pool (see the runtime's [`ClientBuilder`](crate::rt::ClientBuilder) for each).
pub type ClientBuilder = rt::ClientBuilder<Client>;

impl Client {
    /// Starts building a client from the seller account (`sid`), the app key and the app secret
    /// **as issued**, `secret:salt` (split on the first colon: the secret signs and is never sent,
    /// the salt is sent), against [`DEFAULT_ENDPOINT`]. A secret without a colon, or an empty
    /// `sid` or app key, makes `build()` fail with [`Error::Config`](crate::Error::Config).
    pub fn builder(sid: impl Into<String>, app_key: impl Into<String>, app_secret: impl Into<String>) -> ClientBuilder {
        let protocol = Wangdian::new(sid.into(), app_key.into(), SecretString::from(app_secret.into()));
        ClientBuilder::new(Arc::new(protocol), DEFAULT_ENDPOINT)
    }

    /// The seller account in use.
    pub fn sid(&self) -> &str {
        self.0.protocol::<Wangdian>().map_or("", |protocol| &protocol.sid)
    }

    /// The app key in use.
    pub fn app_key(&self) -> &str {
        self.0.protocol::<Wangdian>().map_or("", |protocol| &protocol.app_key)
    }
}
