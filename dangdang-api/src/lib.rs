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

#![deny(missing_docs)]

#[cfg(feature = "blocking")]
pub mod blocking;
pub mod call;
pub mod catalog;
mod charset;
mod client;
mod config_checks;
pub mod decode;
mod error;
#[rustfmt::skip]
mod generated;
pub mod legacy;
pub mod limits;
pub mod oauth;
pub mod paginate;
mod personal;
mod retry;
mod send;
mod sign;
mod time;
mod transport;
pub mod wire;
mod xml;
pub mod xml_decode;
mod xml_text;
mod xml_tree;
mod xml_tree_traits;

pub use chrono::NaiveDate;
pub use rust_decimal::Decimal;

pub use client::{
    API_VERSION, Client, ClientBuilder, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE,
    DEFAULT_ENDPOINT, DEFAULT_MAX_RESPONSE_BYTES,
};
pub use config_checks::MIN_CALLS_PER_SECOND;
pub use error::{Error, RawBody, TimeLimit};
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
pub use personal::Personal;
pub use retry::RetryPolicy;
pub use time::BeijingTime;
pub use xml_tree::XmlElement;
