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

    /// Collects the children named `item` of a list wrapper element; other children are ignored.
    struct NamedChildren<T> {
        item: &'static str,
        items: Vec<T>,
    }

    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for NamedChildren<T> {
        type Value = Vec<T>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "a list of <{}> elements", self.item)
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(mut self, mut map: A) -> Result<Vec<T>, A::Error> {
            while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                if key == self.item {
                    self.items.push(map.next_value()?);
                } else {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
            Ok(self.items)
        }

        fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Vec<T>, E> {
            // `<OrdersList/>` or whitespace only: no children.
            if text.trim().is_empty() {
                Ok(self.items)
            } else {
                Err(E::custom(format!("unexpected text `{text}` in a list")))
            }
        }

        fn visit_unit<E: serde::de::Error>(self) -> Result<Vec<T>, E> {
            Ok(self.items)
        }
    }

    /// The `item` children of a wrapper element (`OrdersList` › `OrderInfo*`); other children are ignored.
    pub fn list_of<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
        deserializer: D,
        item: &'static str,
    ) -> Result<Vec<T>, D::Error> {
        deserializer.deserialize_map(NamedChildren { item, items: Vec::new() })
    }

    /// The `item` children of a wrapper element holding leaf values.
    pub fn value_list_of<'de, D: Deserializer<'de>, T: WireValue>(
        deserializer: D,
        item: &'static str,
    ) -> Result<Vec<T>, D::Error> {
        let texts: Vec<Option<String>> = list_of(deserializer, item)?;
        texts
            .into_iter()
            .flatten()
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .map(|t| T::from_wire(&t).map_err(D::Error::custom))
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

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Order {
        #[serde(rename = "orderID", default, deserialize_with = "super::de::parsed")]
        id: Option<i64>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Page {
        #[serde(rename = "OrdersList", default, deserialize_with = "orders")]
        orders: Vec<Order>,
        #[serde(rename = "Brands", default, deserialize_with = "brands")]
        brands: Vec<String>,
    }

    fn orders<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Order>, D::Error> {
        super::de::list_of(d, "OrderInfo")
    }

    fn brands<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        super::de::value_list_of(d, "brand")
    }

    fn page(xml: &str) -> Page {
        quick_xml::de::from_str(xml).unwrap()
    }

    #[test]
    fn lists_keep_only_their_item_elements() {
        let xml = "<response><OrdersList><OrderInfo><orderID>1</orderID></OrderInfo><note>x</note>\
                   <OrderInfo><orderID>2</orderID></OrderInfo></OrdersList><Brands><brand>李宁</brand><x>9</x><brand/></Brands></response>";
        let decoded = page(xml);
        assert_eq!(decoded.orders, vec![Order { id: Some(1) }, Order { id: Some(2) }]);
        assert_eq!(decoded.brands, vec!["李宁".to_owned()]);
        assert_eq!(page("<response><OrdersList/></response>").orders, vec![]);
        assert_eq!(page("<response><OrdersList>\n </OrdersList></response>").orders, vec![]);
        assert_eq!(page("<response/>").orders, vec![]);
        assert_eq!(page("<response><OrdersList><OrderInfo/></OrdersList></response>").orders, vec![Order { id: None }]);
    }
}
