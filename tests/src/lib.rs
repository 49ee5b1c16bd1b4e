//! Integration tests and loopback fake gateways (Dangdang; Wangdian in `wangdian*`).

pub mod checks;
pub mod envelope;
pub mod fake_server;
pub mod hostile;
pub mod oauth;
pub mod order_book;
pub mod reply;
pub mod request;
pub mod server_thread;
pub mod sync_gateway;
pub mod tls;
pub mod trace_capture;
pub mod wangdian;
pub mod wangdian_checks;
pub mod wangdian_reply;
pub mod wangdian_signature;

#[cfg(test)]
mod roundtrip_tests;

// The request signature and the wire encodings (GBK, XML charsets) are the sandbox's own,
// independent of dangdang-api: one implementation for the sandbox and this fake gateway.
pub use dangdang_sandbox::{signature, wire};
pub use envelope::FakeErrorCode;
pub use fake_server::{FakeConfig, FakeDangdang};
pub use hostile::{Behaviour, HostileServer};
pub use oauth::{FAKE_AUTH_CODE, FAKE_REFRESH_TOKEN, FakeEdition, FakeOAuth, OAuthRequest};
pub use reply::Reply;
pub use request::{ReceivedRequest, UploadedFile};
pub use tls::TlsProxy;
pub use wangdian::{FakeWangdian, WangdianRequest};
pub use wangdian_checks::WangdianConfig;
pub use wangdian_reply::{ListAt, WangdianReply};
