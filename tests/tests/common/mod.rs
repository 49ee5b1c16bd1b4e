//! Shared set-up for the end-to-end tests: a fake server and clients pointed at it.

use dangdang_api::{Client, ClientBuilder};
use dangdang_tests::{FakeConfig, FakeDangdang};

/// A client with the fake server's credentials and endpoint, after `configure`.
#[allow(dead_code)]
pub fn client_for(server: &FakeDangdang, configure: impl FnOnce(ClientBuilder) -> ClientBuilder) -> Client {
    let config = server.config();
    let builder = Client::builder(config.app_key.clone(), config.app_secret.clone(), config.session.clone())
        .endpoint(server.endpoint());
    configure(builder).build().expect("client builds")
}

/// A fresh fake server with the default test credentials, and a default client that uses them.
#[allow(dead_code)]
pub fn server_and_client() -> (FakeDangdang, Client) {
    let server = FakeDangdang::start(FakeConfig::default());
    let client = client_for(&server, |builder| builder);
    (server, client)
}
