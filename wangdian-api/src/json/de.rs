//! Lenient readers of reply values for generated response structs (`deserialize_with`): numbers
//! or strings for scalars, `yyyy-MM-dd HH:mm:ss` strings or epoch milliseconds for times, `0/1`
//! or `true/false` for flags, `null` for empty lists. Error messages never repeat the value read
//! (it may be buyer personal data): they say its kind and length.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};

use crate::BeijingTime;
use crate::rt::wire::WireValue;

/// A leaf as received: its text (strings as they are, numbers written out), a flag or nothing.
enum Leaf {
    Null,
    Text(String),
    Bool(bool),
}

struct LeafVisitor;

impl<'de> Visitor<'de> for LeafVisitor {
    type Value = Leaf;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, number, boolean or null")
    }

    fn visit_unit<E>(self) -> Result<Leaf, E> {
        Ok(Leaf::Null)
    }

    fn visit_none<E>(self) -> Result<Leaf, E> {
        Ok(Leaf::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Leaf, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_bool<E>(self, value: bool) -> Result<Leaf, E> {
        Ok(Leaf::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Leaf, E> {
        Ok(Leaf::Text(value.to_string()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Leaf, E> {
        Ok(Leaf::Text(value.to_string()))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Leaf, E> {
        Ok(Leaf::Text(float_text(value)))
    }

    fn visit_str<E>(self, value: &str) -> Result<Leaf, E> {
        Ok(Leaf::Text(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Leaf, E> {
        Ok(Leaf::Text(value))
    }
}

/// A JSON float as text: integral values without a fraction (`3.0` → `3`, so integer fields read
/// it), others in the shortest form that reads back the same (`0.2`, not `0.2000000000000000111`).
fn float_text(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 9.007_199_254_740_992e15 {
        format!("{value:.0}")
    } else {
        value.to_string()
    }
}

fn leaf<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Leaf, D::Error> {
    deserializer.deserialize_any(LeafVisitor)
}

/// The short name of `T` for messages (`i32`, `Decimal`).
fn type_name<T>() -> &'static str {
    let full = std::any::type_name::<T>();
    full.rsplit("::").next().unwrap_or(full)
}

/// Parses text into `T`; the error names `T` and the text's length, never the text.
fn parse<T: WireValue, E: de::Error>(text: &str) -> Result<T, E> {
    T::from_wire(text.trim()).map_err(|_| {
        E::custom(format!("{} characters that are not a valid {}", text.chars().count(), type_name::<T>()))
    })
}

fn required<T, E: de::Error>(value: Option<T>, what: &str) -> Result<T, E> {
    value.ok_or_else(|| E::custom(format!("expected {what}, got null or an empty string")))
}

/// An optional scalar: `null`, a missing field or `""` is `None`; a string, number or boolean is
/// read through its text (`"12"` and `12` both make an `i32`, `19.9` and `"19.90"` a `Decimal`).
pub fn opt<'de, D: Deserializer<'de>, T: WireValue>(deserializer: D) -> Result<Option<T>, D::Error> {
    match leaf(deserializer)? {
        Leaf::Null => Ok(None),
        Leaf::Text(text) if text.trim().is_empty() => Ok(None),
        Leaf::Text(text) => parse(&text).map(Some),
        Leaf::Bool(flag) => parse(if flag { "true" } else { "false" }).map(Some),
    }
}

/// A required scalar: as [`opt`], but `null` is an error; `""` is kept for strings.
pub fn req<'de, D: Deserializer<'de>, T: WireValue>(deserializer: D) -> Result<T, D::Error> {
    match leaf(deserializer)? {
        Leaf::Null => Err(de::Error::custom(format!("expected a {}, got null", type_name::<T>()))),
        Leaf::Text(text) => parse(&text),
        Leaf::Bool(flag) => parse(if flag { "true" } else { "false" }),
    }
}

/// Epoch milliseconds as a Beijing time.
fn from_millis<E: de::Error>(digits: &str) -> Result<BeijingTime, E> {
    digits
        .parse::<i64>()
        .ok()
        .and_then(chrono::DateTime::from_timestamp_millis)
        .map(BeijingTime::from)
        .ok_or_else(|| E::custom(format!("{} digits that are not epoch milliseconds in range", digits.len())))
}

/// An optional time: a `yyyy-MM-dd HH:mm:ss` string (Beijing time), or epoch milliseconds as a
/// number or a string of digits (the docs' examples use both for the same fields); `null` or `""`
/// is `None`.
pub fn opt_time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<BeijingTime>, D::Error> {
    match leaf(deserializer)? {
        Leaf::Null => Ok(None),
        Leaf::Text(text) => {
            let text = text.trim();
            if text.is_empty() {
                Ok(None)
            } else if text.bytes().all(|byte| byte.is_ascii_digit()) {
                from_millis(text).map(Some)
            } else {
                parse(text).map(Some)
            }
        }
        Leaf::Bool(_) => Err(de::Error::custom("expected a time, got a boolean")),
    }
}

/// A required time, read as [`opt_time`].
pub fn req_time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<BeijingTime, D::Error> {
    required(opt_time(deserializer)?, "a time")
}

/// An optional flag: `true`/`false`, `1`/`0` (numbers or strings, `"true"`/`"false"` in any case);
/// `null` or `""` is `None`; anything else is an error.
pub fn opt_bool<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
    match leaf(deserializer)? {
        Leaf::Null => Ok(None),
        Leaf::Bool(flag) => Ok(Some(flag)),
        Leaf::Text(text) => match text.trim() {
            "" => Ok(None),
            "1" => Ok(Some(true)),
            "0" => Ok(Some(false)),
            other if other.eq_ignore_ascii_case("true") => Ok(Some(true)),
            other if other.eq_ignore_ascii_case("false") => Ok(Some(false)),
            other => Err(de::Error::custom(format!(
                "{} characters that are not a flag (true/false, 1/0)",
                other.chars().count()
            ))),
        },
    }
}

/// A required flag, read as [`opt_bool`].
pub fn req_bool<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    required(opt_bool(deserializer)?, "a flag")
}

/// A list: `null`, a missing field (with `#[serde(default)]`) or `""` is empty; elements read with
/// their own `Deserialize` (generated structs).
pub fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
    deserializer.deserialize_any(ListVisitor(PhantomData, |element: Option<T>| element))
}

/// A list of scalars, each read as [`opt`] (`["1", 2]` is `[1, 2]`); `null` and `""` elements are
/// left out; the list itself as [`list`].
pub fn scalar_list<'de, D: Deserializer<'de>, T: WireValue>(deserializer: D) -> Result<Vec<T>, D::Error> {
    deserializer.deserialize_any(ListVisitor(PhantomData, |element: Option<Scalar<T>>| element.and_then(|s| s.0)))
}

/// One element of [`scalar_list`].
struct Scalar<T>(Option<T>);

impl<'de, T: WireValue> Deserialize<'de> for Scalar<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        opt(deserializer).map(Scalar)
    }
}

/// Reads a list whose elements are `E`, keeping what `keep` makes of each.
struct ListVisitor<E, T, F>(PhantomData<fn() -> (E, T)>, F);

impl<'de, E: Deserialize<'de>, T, F: Fn(Option<E>) -> Option<T>> Visitor<'de> for ListVisitor<E, T, F> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list or null")
    }

    fn visit_unit<Er>(self) -> Result<Vec<T>, Er> {
        Ok(Vec::new())
    }

    fn visit_none<Er>(self) -> Result<Vec<T>, Er> {
        Ok(Vec::new())
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<T>, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_str<Er: de::Error>(self, value: &str) -> Result<Vec<T>, Er> {
        if value.trim().is_empty() {
            Ok(Vec::new())
        } else {
            Err(Er::custom(format!("expected a list, got a string of {} characters", value.chars().count())))
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        // Capped: the size hint comes from the reply.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(element) = seq.next_element::<Option<E>>()? {
            if let Some(item) = (self.1)(element) {
                items.push(item);
            }
        }
        Ok(items)
    }
}

#[cfg(test)]
#[path = "de_tests.rs"]
mod tests;
