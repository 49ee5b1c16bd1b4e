//! Typed async client for the Dangdang (当当) open platform, the XML-over-HTTP API that shop and ERP
//! software uses for items, orders, returns, categories, coupons, promotions and buyer Q&A.
//!
//! The method modules ([`items`], [`orders`], [`shop`], [`promotions`], [`qa`], one cargo feature
//! each) and the code tables in [`types`] are generated from `spec/dangdang.yaml` by
//! `cargo xtask gen`; signing, transport, GBK handling and envelopes are the hand-written core.
//!
//! # Quick start
//!
//! ```no_run
//! # async fn run() -> Result<(), dangdang_api::Error> {
//! use dangdang_api::{orders::order_details_get, Client};
//!
//! let client = Client::builder("2100000000", "app secret", "session token").build()?;
//! let order = client.order_details_get(&order_details_get::Request::new().order_id(1234567890)).await?;
//! println!("{:?} paid {:?}", order.order_state, order.payment_date);
//! # Ok(()) }
//! ```
//!
//! Every method takes a `Request` whose required parameters are arguments of `Request::new`,
//! has setters for the optional ones and `.param(wire_name, value)` for parameters the spec does
//! not know. Money is [`Decimal`], times are [`BeijingTime`], code tables tolerate unknown codes.
//! Methods without public documentation return an [`XmlElement`] tree.
//!
//! # Public API
//!
//! - [`Client`], [`ClientBuilder`], [`RetryPolicy`], [`HttpPool`], [`SharedLimits`] and
//!   [`ShopLimit`] (per-shop rate budgets, adaptive to throttles) and the `DEFAULT_*` constants;
//!   [`blocking::Client`] (feature `blocking`).
//! - The methods: one module per group ([`items`], [`orders`], [`shop`], [`promotions`], [`qa`]),
//!   one submodule per method with its `Request` and `Response`; [`types`] (code tables);
//!   [`METHODS`] and [`legacy`] (the catalog, lookup by legacy script).
//! - Feature `serde`: `serde::Serialize` on every generated request, response and code table (JSON
//!   keys are the Rust field names; codes as `{"code", "name"}`, times as wire text, decimals as
//!   strings, personal text as itself), `decode::decode_json` (a reply by method name as JSON) and
//!   `decode::decode_items_json` (a page's records).
//! - `request.send(&client)`, `.pages(&client)`, `.items(&client)`: [`prelude`] brings the traits
//!   ([`SendRequest`], [`Paginate`]) and [`StreamExt`] into scope.
//! - Values and failures: [`Error`], [`RawBody`], [`TimeLimit`], [`ThrottleOutcome`], [`BeijingTime`], [`Personal`],
//!   [`Decimal`], [`NaiveDate`], [`XmlElement`]; [`decode`] and [`limits`] for replies.
//! - [`oauth`]: obtaining the session (access token).
//! - [`sync`]: the incremental order sync (feature `orders`): every changed order once, with
//!   checkpoints to resume from.
//!
//! Everything else (the runtime's contract with generated code) lives in [`rt`], the
//! protocol-neutral runtime this crate is built on.

#![deny(missing_docs)]

mod charset;
mod client;
pub mod decode;
#[rustfmt::skip]
mod generated;
pub mod legacy;
pub mod limits;
pub mod oauth;
mod protocol;
mod sign;
#[cfg(feature = "orders")]
pub mod sync;
#[cfg(feature = "serde")]
pub mod upload_json;
mod xml;
#[doc(hidden)]
pub mod xml_decode;
mod xml_events;
mod xml_text;
mod xml_tree;
#[cfg(feature = "serde")]
mod xml_tree_serde;
mod xml_tree_traits;
// Used by generated uploads (`type: xml` in orders, the zip of items.pics.set), which the group
// features may leave out.
#[cfg_attr(not(feature = "orders"), allow(dead_code))]
mod xml_tree_write;
#[cfg_attr(not(feature = "items"), allow(dead_code))]
mod zip_upload;

/// The protocol-neutral runtime (`open-platform-runtime`): the contract between generated code,
/// protocols and the runtime, and raw calls ([`rt::Client::execute`], [`rt::Call::raw`]).
pub use open_platform_runtime as rt;

pub use rt::Envelope;
#[cfg(feature = "blocking")]
pub use rt::blocking;
#[doc(hidden)]
pub use rt::wire;
pub use rt::{
    BeijingTime, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES,
    Decimal, Error, HttpPool, MIN_CALLS_PER_SECOND, NaiveDate, Paginate, Personal, RawBody, RetryPolicy, SendRequest,
    SharedLimits, ShopLimit, ThrottleOutcome, TimeLimit,
};
#[doc(hidden)]
pub use rt::{
    Call, Code, CodeTable, Method, MethodInfo, Paged, Params, Provenance, Rule, Safety, Total, Transport, Upload,
    UploadBody, code_table,
};

pub use client::{API_VERSION, Client, ClientBuilder, DEFAULT_ENDPOINT};
pub use futures_util::{Stream, StreamExt};
#[cfg(feature = "items")]
pub use generated::items;
#[cfg(feature = "orders")]
pub use generated::orders;
#[cfg(feature = "promotions")]
pub use generated::promotions;
#[cfg(feature = "qa")]
pub use generated::qa;
#[cfg(feature = "shop")]
pub use generated::shop;
pub use generated::{METHODS, types};
pub use xml_tree::XmlElement;

/// `use dangdang_api::prelude::*;` for `request.send(&client)`, `.pages(&client)`, `.items(&client)`
/// and `StreamExt` on their streams.
pub mod prelude {
    pub use crate::rt::{Paginate, SendRequest};
    pub use futures_util::StreamExt;
}
