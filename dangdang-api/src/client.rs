//! `Client`: the runtime's client with the Dangdang protocol, and a method per spec method.

use std::sync::Arc;

use secrecy::SecretString;

use crate::protocol::Dangdang;
use crate::rt;

/// The gateway of the Dangdang open platform.
pub const DEFAULT_ENDPOINT: &str = "http://api.open.dangdang.com/openapi/rest";
/// The `v` system parameter every known client sends.
pub const API_VERSION: &str = "1.0";

rt::api_client! {
    /// A Dangdang API client. Cheap to clone (shared connection pool and settings).
    ///
    /// One method per API method (`client.orders_list_get(&request)`); every request also has
    /// `request.send(&client)` ([`SendRequest`](crate::SendRequest)). It derefs to the runtime's
    /// [`Client`](crate::rt::Client) for [`send`](crate::rt::Client::send) and
    /// [`execute`](crate::rt::Client::execute) (raw calls).
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
    pub struct Client;
}

/// Settings for a [`Client`]: endpoint, time limits, retries, rate limit, certificates, a shared
/// connection pool (see the runtime's [`ClientBuilder`](crate::rt::ClientBuilder) for each).
pub type ClientBuilder = rt::ClientBuilder<Client>;

impl Client {
    /// Starts building a client from the app key, the app secret and the session (access token),
    /// against [`DEFAULT_ENDPOINT`].
    pub fn builder(
        app_key: impl Into<String>,
        app_secret: impl Into<String>,
        session: impl Into<String>,
    ) -> ClientBuilder {
        let secret = SecretString::from(app_secret.into());
        let protocol = Dangdang::new(app_key.into(), secret, SecretString::from(session.into()));
        ClientBuilder::new(Arc::new(protocol), DEFAULT_ENDPOINT)
    }

    /// The app key in use.
    pub fn app_key(&self) -> &str {
        self.0.protocol::<Dangdang>().map_or("", |protocol| &protocol.app_key)
    }
}
