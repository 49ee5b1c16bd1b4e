//! Integration tests of the generated clients. Dangdang's e2e tests run on the sandbox gateway
//! (`dangdang-sandbox`), serving hand-written fixtures where they assert decoded values; the sync
//! tests' adversarial order book and the Wangdian fake (`wangdian*`) live here.

pub mod fixtures;
pub mod hostile;
pub mod order_book;
pub mod server_thread;
pub mod sync_gateway;
pub mod tls;
pub mod trace_capture;
pub mod wangdian;
pub mod wangdian_checks;
pub mod wangdian_reply;
pub mod wangdian_signature;

pub use dangdang_sandbox::{
    ErrorCode, FAKE_AUTH_CODE, FAKE_REFRESH_TOKEN, FakeEdition, FakeOAuth, OAuthRequest, ReceivedRequest, Reply,
    Sandbox, SandboxConfig, UploadedFile, signature, wire,
};
pub use fixtures::{fixture, fixture_path};
pub use hostile::{Behaviour, HostileServer};
pub use tls::TlsProxy;
pub use wangdian::{FakeWangdian, WangdianRequest};
pub use wangdian_checks::WangdianConfig;
pub use wangdian_reply::{ListAt, WangdianReply};

/// A sandbox on `127.0.0.1:0` with the default test credentials.
///
/// # Panics
/// When it cannot start (this is a test helper).
pub fn sandbox() -> Sandbox {
    sandbox_with(SandboxConfig::default())
}

/// A sandbox on `127.0.0.1:0` that checks requests against `config`.
///
/// # Panics
/// When it cannot start (this is a test helper).
pub fn sandbox_with(config: SandboxConfig) -> Sandbox {
    Sandbox::builder().config(config).start().unwrap_or_else(|err| panic!("the sandbox cannot start: {err}"))
}
