//! Shared set-up for the end-to-end tests: a fake server and a client pointed at it.

use dangdang_api::Client;
use dangdang_tests::{FakeConfig, FakeDangdang};

/// A fresh fake server with the default test credentials, and a client that uses them.
pub fn server_and_client() -> (FakeDangdang, Client) {
    let server = FakeDangdang::start(FakeConfig::default());
    let config = server.config();
    let client = Client::builder(config.app_key.clone(), config.app_secret.clone(), config.session.clone())
        .endpoint(server.endpoint())
        .build()
        .expect("client builds");
    (server, client)
}
