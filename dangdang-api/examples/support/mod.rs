//! Shared by the examples: a client for a real shop when credentials are in the environment,
//! otherwise for the sandbox gateway (`dangdang-sandbox`) and its seeded shop.

use dangdang_api::Client;
use dangdang_sandbox::{Reply, Sandbox};

/// Where the example's calls go.
pub struct Target {
    /// The client to use.
    pub client: Client,
    /// The sandbox, kept alive while the example runs (None against a real shop).
    #[allow(dead_code, reason = "examples that do not inspect the sandbox still keep it running")]
    pub sandbox: Option<Sandbox>,
}

/// A real client from `DANGDANG_APP_KEY`, `DANGDANG_APP_SECRET`, `DANGDANG_SESSION` (and optional
/// `DANGDANG_ENDPOINT`), or the sandbox when they are unset; `replies` (method, replies) are served
/// before the sandbox's shop answers again (a 503 to show a retry, say).
pub fn connect(replies: Vec<(&str, Vec<Reply>)>) -> Result<Target, Box<dyn std::error::Error>> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    if let (Some(key), Some(secret), Some(session)) =
        (env("DANGDANG_APP_KEY"), env("DANGDANG_APP_SECRET"), env("DANGDANG_SESSION"))
    {
        let mut builder = Client::builder(key, secret, session);
        if let Some(endpoint) = env("DANGDANG_ENDPOINT") {
            builder = builder.endpoint(endpoint);
        }
        eprintln!("using the real gateway at {}", builder.clone().build()?.endpoint());
        return Ok(Target { client: builder.build()?, sandbox: None });
    }
    let sandbox = Sandbox::start()?;
    for (method, sequence) in replies {
        sandbox.respond_sequence(method, sequence);
    }
    let client = Client::builder(sandbox.app_key(), sandbox.app_secret(), sandbox.session())
        .endpoint(sandbox.endpoint())
        .build()?;
    eprintln!(
        "no DANGDANG_APP_KEY / DANGDANG_APP_SECRET / DANGDANG_SESSION: using the sandbox at {}",
        sandbox.endpoint()
    );
    Ok(Target { client, sandbox: Some(sandbox) })
}
