//! Wire text of values: how parameters and XML leaves are written and read.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::{BeijingTime, CodeTable};

/// A value with a text form on the wire (query and form parameters, XML element text).
///
/// The impls here are `#[inline]`: the decoders that call them per leaf live in the API crates,
/// and without it the call cannot be inlined across the crate boundary (measured: typed decode of
/// an order's details 3% slower than when the impls lived in the same crate, `benches/budgets.sh`).
pub trait WireValue: Sized {
    /// The text sent.
    fn to_wire(&self) -> String;
    /// Parses trimmed, non-empty text received.
    fn from_wire(text: &str) -> Result<Self, String>;

    /// [`WireValue::from_wire`] of text the decoder may own already (transcoded from GBK): text
    /// types take it rather than copy it (one allocation and copy less per non-ASCII text field).
    #[inline]
    fn from_wire_cow(text: Cow<'_, str>) -> Result<Self, String> {
        Self::from_wire(&text)
    }
}

/// The wire text of `value`.
pub fn text<T: WireValue>(value: &T) -> String {
    value.to_wire()
}

macro_rules! wire_via_display_and_from_str {
    ($($ty:ty),*) => {$(
        impl WireValue for $ty {
            #[inline]
            fn to_wire(&self) -> String {
                self.to_string()
            }

            #[inline]
            fn from_wire(text: &str) -> Result<Self, String> {
                text.parse().map_err(|error| format!("`{text}` is not a valid {}: {error}", stringify!($ty)))
            }
        }
    )*};
}

wire_via_display_and_from_str!(i32, i64, Decimal, BeijingTime);

impl WireValue for String {
    #[inline]
    fn to_wire(&self) -> String {
        self.clone()
    }

    #[inline]
    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(text.to_owned())
    }

    #[inline]
    fn from_wire_cow(text: Cow<'_, str>) -> Result<Self, String> {
        Ok(text.into_owned())
    }
}

impl WireValue for NaiveDate {
    #[inline]
    fn to_wire(&self) -> String {
        self.format("%Y-%m-%d").to_string()
    }

    #[inline]
    fn from_wire(text: &str) -> Result<Self, String> {
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|error| format!("`{text}` is not a yyyy-MM-dd date: {error}"))
    }
}

impl<T: CodeTable> WireValue for T {
    #[inline]
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    #[inline]
    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(T::from_code(text))
    }
}
