//! A sandbox of the Dangdang open-platform gateway: a real HTTP server on `127.0.0.1` that checks
//! requests with its own code (signature, timestamp, GBK, system parameters), validates business
//! parameters and uploads against the spec, answers every method in the spec's shape from a small
//! seeded shop, injects faults on demand, and serves the OAuth token endpoint.
//!
//! ```no_run
//! let sandbox = dangdang_sandbox::Sandbox::builder().seed(1).orders(200).start().unwrap();
//! println!("{} {} {} {}", sandbox.endpoint(), sandbox.app_key(), sandbox.app_secret(), sandbox.session());
//! sandbox.faults().next("dangdang.orders.list.get", 1, dangdang_sandbox::Fault::Throttle);
//! ```

pub mod admin;
mod cache;
pub mod checks;
pub mod cli;
pub mod clock;
pub mod config;
pub mod envelope;
pub mod faults;
mod gateway;
pub(crate) mod intake;
pub mod oauth;
pub mod render;
pub mod reply;
pub mod request;
mod server;
pub mod shop;
pub mod signature;
pub mod spec;
pub mod timing;
pub mod validate;
pub mod values;
pub mod wire;
pub mod xml;

pub use clock::Clock;
pub use config::{SandboxBuilder, SandboxConfig};
pub use envelope::ErrorCode;
pub use faults::{Fault, Faults, THROTTLE_MESSAGE, Trigger};
pub use gateway::GATEWAY_PATH;
pub use oauth::{FAKE_AUTH_CODE, FAKE_REFRESH_TOKEN, FakeEdition, FakeOAuth, OAuthRequest};
pub use reply::Reply;
pub use request::{ReceivedRequest, UploadedFile};
pub use server::{Sandbox, serve};
pub use shop::{Item, Order, Shop};
