//! The protocol-neutral runtime of clients generated from open-platform specs (Dangdang, Wangdian):
//! what every generated client needs, written once.
//!
//! An API crate is a spec's generated declarations plus a [`Protocol`] (signing, encoding, reply
//! classification); users depend on the API crate, which re-exports what they need from here.
//!
//! # Public API
//!
//! - Sending: [`Client`] (built with [`ClientBuilder`]; [`Client::send`] for generated requests,
//!   [`Client::execute`] for a raw [`Call`]), [`SendRequest`] and [`Paginate`] (`request.send(&client)`,
//!   `.pages(&client)`, `.items(&client)`), [`blocking::Client`] (feature `blocking`).
//! - Settings and limits: [`RetryPolicy`], [`HttpPool`], [`SharedLimits`] and [`ShopLimit`]
//!   (rate budgets per shop, adaptive to throttles), the `DEFAULT_*` constants,
//!   [`MIN_CALLS_PER_SECOND`], [`paginate::MAX_PAGES`].
//! - Failures: [`Error`], [`RawBody`], [`TimeLimit`], [`ThrottleOutcome`], [`Envelope`].
//! - Incremental sync by last-modified windows, safe while records change: [`sync`].
//! - Values: [`BeijingTime`], [`Personal`], [`Decimal`], [`NaiveDate`], [`CodeTable`]; with feature
//!   `serde`, their `Serialize` and `with_personal_masked`.
//! - The contract with generated code and protocols: [`Method`], [`Paged`], [`Total`],
//!   [`MethodInfo`], [`Params`], [`Rule`], [`Upload`], [`Protocol`], [`Verdict`], [`Target`], [`Session`],
//!   [`wire::WireValue`], [`code_table!`].
//!
//! # What the runtime promises
//!
//! - A call ends by its deadline whatever the server does; each attempt has its own timeout.
//! - Reads are retried after transient failures and throttles; a write is never sent twice once it
//!   may have reached the server, nor re-sent after a throttle.
//! - A throttle slows the shop's whole budget down (shared by every client of the shop), and the
//!   budget recovers gradually; waits count against the deadline; a dropped call leaves nothing
//!   reserved or locked.
//! - Every call is an `api.call` span with an `api.attempt` child per attempt, fields named per
//!   OpenTelemetry (`rpc.system`, `rpc.method`, `server.address`, `http.response.status_code`,
//!   `http.request.resend_count`, `error.type`); throttles, waits and retries are events.
//! - Redirects are never followed (they would carry signed requests elsewhere); no `Referer` is sent;
//!   a reply is read up to a size cap.
//! - Credentials and buyer personal data never appear in `Debug`, `Display`, errors or logs.

#![deny(missing_docs)]

mod attempt;
#[cfg(feature = "blocking")]
pub mod blocking;
mod call;
mod client;
mod code_table;
mod config_checks;
#[cfg(feature = "serde")]
mod deserialize;
mod error;
mod execute;
mod ext;
mod limiter;
mod method;
pub mod paginate;
mod personal;
mod protocol;
mod raw_body;
mod retry;
#[cfg(feature = "serde")]
mod serialize;
mod session;
pub mod sync;
mod time;
mod transport;
pub mod wire;

pub use chrono::NaiveDate;
pub use rust_decimal::Decimal;
pub use secrecy;

pub use call::{Call, Params, Rule, Upload, UploadBody};
#[doc(hidden)]
pub use call::{check, check_allowed, check_chars, check_count, check_list_len, check_one_of, check_range, check_span};
pub use client::{
    Client, ClientBuilder, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES, HttpPool,
};
pub use code_table::{Code, CodeTable};
pub use config_checks::MIN_CALLS_PER_SECOND;
#[doc(hidden)]
pub use config_checks::positive as check_positive;
#[cfg(feature = "serde")]
#[doc(hidden)]
pub use deserialize::deserialize_code;
#[doc(hidden)]
pub use error::https_hint;
pub use error::{Envelope, Error, ThrottleOutcome, TimeLimit};
pub use ext::{Paginate, SendRequest};
pub use limiter::{DEFAULT_WINDOW, SharedLimits, ShopLimit};
pub use method::{Method, MethodInfo, Paged, Provenance, Safety, Total, Transport};
pub use personal::Personal;
pub use protocol::{Protocol, Target, Verdict};
pub use raw_body::RawBody;
pub use retry::RetryPolicy;
#[cfg(feature = "serde")]
#[doc(hidden)]
pub use serde as __serde;
#[cfg(feature = "serde")]
pub use serialize::{MASKED as PERSONAL_MASKED, with_personal_masked};
#[cfg(feature = "serde")]
#[doc(hidden)]
pub use serialize::{serialize_code, typed_items_json, typed_json};
pub use session::Session;
pub use time::BeijingTime;
#[doc(hidden)]
pub use time::{FORMAT as TIME_FORMAT, beijing};
#[doc(hidden)]
pub use transport::{BodyError, REDACTED, Redirect, check_url, describe_redirect, http_client, read_body};
