//! Typed async client for the Wangdian flagship ERP open API (旺店通旗舰版, "QJB"): trades,
//! stock, goods, warehouses, shops, purchases, refunds and logistics sync of a seller's ERP.
//!
//! The method modules (one per group, each a cargo feature) and the code tables in [`types`] are
//! generated from `spec/wangdian.yaml` by `cargo xtask gen`; signing, the JSON body, envelopes and
//! reply classification are the hand-written core.
//!
//! # Protocol in brief
//!
//! One gateway ([`DEFAULT_ENDPOINT`]); the method, the seller account (`sid`), the app key, the
//! salt, `v=1.0`, the timestamp (seconds since 2012-01-01 Beijing time) and the pager
//! (`page_no` from 0, `page_size`, `calc_total=1`) go in the query; the positional arguments go
//! in the body as a compact JSON array; `sign` is the MD5 of all of them and the body, wrapped in
//! the secret. Replies are `{"status": 0, "message": …, "data": …}`.
//!
//! # Public API
//!
//! - [`Client`] (built with [`Client::builder`]`(sid, app_key, "secret:salt")`), [`ClientBuilder`],
//!   [`RetryPolicy`], [`HttpPool`], [`SharedLimits`] and [`ShopLimit`] (per-shop rate budgets), the endpoints ([`DEFAULT_ENDPOINT`], [`HTTPS_ENDPOINT`],
//!   [`TEST_ENDPOINT`]) and the `DEFAULT_*` limits.
//! - The methods: one module per group, one submodule per method with its `Request` and
//!   `Response`; [`types`] (code tables); [`METHODS`] (the catalog).
//! - `request.send(&client)`, `.pages(&client)`, `.items(&client)`: [`prelude`].
//! - Values and failures: [`Error`] (a refused timestamp is [`Error::ClockSkew`], a rate limit
//!   [`Error::Throttled`] (with its [`ThrottleOutcome`]), status 100 [`Error::Business`], the gateway's other statuses [`Error::Gateway`],
//!   each with the raw reply), [`RawBody`],
//!   [`TimeLimit`], [`BeijingTime`], [`Personal`], [`Decimal`], [`NaiveDate`]; [`json`] (request
//!   arguments) and [`decode`] (replies).
//!
//! Raw calls of methods the spec does not type: [`rt::Call::raw`] with [`rt::Call::json`] set to
//! the body, sent with [`rt::Client::execute`] and read with [`decode::data`].

#![deny(missing_docs)]

mod client;
pub mod decode;
#[rustfmt::skip]
mod generated;
pub mod json;
mod protocol;
pub mod sign;

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
pub use rt::{Call, Code, CodeTable, Method, MethodInfo, Paged, Params, Provenance, Rule, Safety, Total, Transport};

pub use client::{API_VERSION, Client, ClientBuilder, DEFAULT_ENDPOINT, HTTPS_ENDPOINT, TEST_ENDPOINT};
pub use futures_util::{Stream, StreamExt};
/// Whatever the generator makes public: the group modules (each behind its cargo feature), the
/// code tables in `types`, the catalog and `METHODS`. A glob, so this file need not know the
/// spec's group names.
pub use generated::*;
pub use protocol::{EMPTY_BODY, SYSTEM_PARAMS};

/// `use wangdian_api::prelude::*;` for `request.send(&client)`, `.pages(&client)`, `.items(&client)`
/// and `StreamExt` on their streams.
pub mod prelude {
    pub use crate::rt::{Paginate, SendRequest};
    pub use futures_util::StreamExt;
}

/// The runtime's `code_table!` (inherent methods, `Display`) plus [`json::ToJson`] (a number when
/// the code is all digits, else a string) for a generated code table.
#[doc(hidden)]
#[macro_export]
macro_rules! code_table {
    ($name:ident $(, $variant:ident)* $(,)?) => {
        $crate::rt::code_table!($name $(, $variant)*);

        impl $crate::json::ToJson for $name {
            fn to_json(&self) -> $crate::json::Value {
                $crate::json::code(self)
            }
        }
    };
}

#[cfg(test)]
mod code_table_tests {
    use crate::json::ToJson;

    /// As the generator emits a code table.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    enum WarehouseType {
        Normal,
        Other(String),
    }

    impl crate::CodeTable for WarehouseType {
        const KNOWN: &'static [(Self, crate::Code)] =
            &[(Self::Normal, crate::Code { code: "1", zh: Some("普通"), en: None, meaning: "普通" })];

        fn unknown(raw: String) -> Self {
            Self::Other(raw)
        }

        fn unknown_code(&self) -> Option<&str> {
            if let Self::Other(raw) = self { Some(raw) } else { None }
        }
    }
    crate::code_table!(WarehouseType, Normal);

    #[test]
    fn codes_are_numbers_when_all_digits() {
        assert_eq!(WarehouseType::Normal.to_json(), serde_json::json!(1));
        assert_eq!(WarehouseType::from_code("125").to_json(), serde_json::json!(125));
        assert_eq!(WarehouseType::Other("WMS".into()).to_json(), serde_json::json!("WMS"));
        assert_eq!(
            WarehouseType::Other("99999999999999999999".into()).to_json(),
            serde_json::json!("99999999999999999999")
        );
        assert_eq!(WarehouseType::Normal.to_string(), "1");
    }
}
