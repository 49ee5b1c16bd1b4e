//! Wire text of values: how parameters and XML leaves are written and read.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::BeijingTime;

/// A value with a text form on the wire (query parameters, XML element text).
pub trait WireValue: Sized {
    /// The text sent to Dangdang.
    fn to_wire(&self) -> String;
    /// Parses trimmed, non-empty text received from Dangdang.
    fn from_wire(text: &str) -> Result<Self, String>;
}

/// The wire text of `value`.
pub fn text<T: WireValue>(value: &T) -> String {
    value.to_wire()
}

macro_rules! wire_via_display_and_from_str {
    ($($ty:ty),*) => {$(
        impl WireValue for $ty {
            fn to_wire(&self) -> String {
                self.to_string()
            }

            fn from_wire(text: &str) -> Result<Self, String> {
                text.parse().map_err(|error| format!("`{text}` is not a valid {}: {error}", stringify!($ty)))
            }
        }
    )*};
}

wire_via_display_and_from_str!(i32, i64, Decimal, BeijingTime);

impl WireValue for String {
    fn to_wire(&self) -> String {
        self.clone()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(text.to_owned())
    }
}

impl WireValue for NaiveDate {
    fn to_wire(&self) -> String {
        self.format("%Y-%m-%d").to_string()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|error| format!("`{text}` is not a yyyy-MM-dd date: {error}"))
    }
}

/// serde `deserialize_with` helpers used by the generated response types.
///
/// Dangdang sends every value as element text, often empty (`<remark/>`, `xsi:nil`); empty text
/// means "absent" for optional fields.
pub mod de {
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer};

    use super::{Cow, WireValue};

    /// Element text, absent when missing or empty.
    fn optional_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
        let text: Option<Cow<'de, str>> = Option::deserialize(deserializer)?;
        Ok(text.and_then(|t| {
            let trimmed = t.trim();
            (!trimmed.is_empty()).then(|| trimmed.to_owned())
        }))
    }

    /// An optional value; empty text is `None`.
    pub fn parsed<'de, D: Deserializer<'de>, T: WireValue>(deserializer: D) -> Result<Option<T>, D::Error> {
        match optional_text(deserializer)? {
            None => Ok(None),
            Some(text) => T::from_wire(&text).map(Some).map_err(D::Error::custom),
        }
    }

    /// A value the spec marks required; empty text is an error (except for text fields).
    pub fn required<'de, D: Deserializer<'de>, T: WireValue>(deserializer: D) -> Result<T, D::Error> {
        let text = optional_text(deserializer)?.unwrap_or_default();
        T::from_wire(&text).map_err(D::Error::custom)
    }

    /// A repeated leaf element.
    pub fn values<'de, D: Deserializer<'de>, T: WireValue>(deserializer: D) -> Result<Vec<T>, D::Error> {
        let texts: Vec<String> = Vec::deserialize(deserializer)?;
        texts
            .iter()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .map(|t| T::from_wire(t).map_err(D::Error::custom))
            .collect()
    }

    /// Children of a list wrapper element, whatever their name.
    #[derive(Deserialize)]
    struct Wrapper<T> {
        #[serde(rename = "$value", default = "Vec::new")]
        items: Vec<T>,
    }

    /// A wrapper element holding repeated structs (`OrdersList` › `OrderInfo*`).
    pub fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
        let wrapper: Option<Wrapper<T>> = Option::deserialize(deserializer)?;
        Ok(wrapper.map(|w| w.items).unwrap_or_default())
    }

    /// A wrapper element holding repeated leaf values.
    pub fn value_list<'de, D: Deserializer<'de>, T: WireValue>(deserializer: D) -> Result<Vec<T>, D::Error> {
        let wrapper: Option<Wrapper<String>> = Option::deserialize(deserializer)?;
        let texts = wrapper.map(|w| w.items).unwrap_or_default();
        texts
            .iter()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .map(|t| T::from_wire(t).map_err(D::Error::custom))
            .collect()
    }

    fn flag<'de, D: Deserializer<'de>>(deserializer: D, yes: &str, no: &str) -> Result<Option<bool>, D::Error> {
        match optional_text(deserializer)? {
            None => Ok(None),
            Some(text) if text == yes => Ok(Some(true)),
            Some(text) if text == no => Ok(Some(false)),
            Some(text) => Err(D::Error::custom(format!("`{text}` is neither `{yes}` nor `{no}`"))),
        }
    }

    /// `1` / `0`.
    pub fn flag01<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
        flag(deserializer, "1", "0")
    }

    /// `Y` / `N`.
    pub fn flag_yn<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
        flag(deserializer, "Y", "N")
    }

    /// `是` / `否`.
    pub fn flag_zh<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
        flag(deserializer, "是", "否")
    }
}
