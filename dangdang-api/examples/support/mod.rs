//! Shared by the examples: a client for a real shop when credentials are in the environment,
//! otherwise for the bundled fake gateway with canned replies.

use dangdang_api::Client;
use dangdang_tests::{FakeConfig, FakeDangdang, Reply};

/// Where the example's calls go.
pub struct Target {
    /// The client to use.
    pub client: Client,
    /// The fake gateway, kept alive while the example runs (None against a real shop).
    #[allow(dead_code, reason = "examples that do not inspect the fake still keep it running")]
    pub fake: Option<FakeDangdang>,
}

/// A real client from `DANGDANG_APP_KEY`, `DANGDANG_APP_SECRET`, `DANGDANG_SESSION` (and optional
/// `DANGDANG_ENDPOINT`), or a fake gateway answering `replies` (method, reply) when they are unset.
pub fn connect(replies: Vec<(&str, Vec<Reply>)>) -> Result<Target, dangdang_api::Error> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    if let (Some(key), Some(secret), Some(session)) =
        (env("DANGDANG_APP_KEY"), env("DANGDANG_APP_SECRET"), env("DANGDANG_SESSION"))
    {
        let mut builder = Client::builder(key, secret, session);
        if let Some(endpoint) = env("DANGDANG_ENDPOINT") {
            builder = builder.endpoint(endpoint);
        }
        eprintln!("using the real gateway at {}", builder.clone().build()?.endpoint());
        return Ok(Target { client: builder.build()?, fake: None });
    }
    let fake = FakeDangdang::start(FakeConfig::default());
    for (method, sequence) in replies {
        fake.respond_sequence(method, sequence);
    }
    let config = fake.config();
    let client = Client::builder(config.app_key.clone(), config.app_secret.clone(), config.session.clone())
        .endpoint(fake.endpoint())
        .build()?;
    eprintln!(
        "no DANGDANG_APP_KEY / DANGDANG_APP_SECRET / DANGDANG_SESSION: using the fake gateway at {}",
        fake.endpoint()
    );
    Ok(Target { client, fake: Some(fake) })
}

/// A canned reply from `tests/fixtures/`.
pub fn fixture(name: &str) -> Reply {
    Reply::fixture(name)
}
