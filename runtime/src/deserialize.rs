//! `serde::Deserialize` of the runtime's values (feature `serde`), the inverse of `serialize.rs`:
//! what lets a document a caller wrote as JSON (`dangdang call --document FILE.json`) become a
//! typed upload. A [`BeijingTime`] reads its wire text, [`Personal`] text itself, a code table its
//! wire code (a string or a number) or the `{"code": …, "name": …}` it serialises as.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

use crate::{BeijingTime, CodeTable, Personal};

impl<'de> Deserialize<'de> for BeijingTime {
    /// The wire text, `yyyy-MM-dd HH:mm:ss` (Beijing time); anything else is refused, naming the
    /// expected form.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(|error| de::Error::custom(format!("not a time `yyyy-MM-dd HH:mm:ss`: {error}")))
    }
}

impl<'de> Deserialize<'de> for Personal {
    /// The text itself.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Personal::new)
    }
}

/// A code table's value from its wire code (`"101"` or `101`) or from `{"code": "101", "name": …}`
/// (`name` is ignored: the code decides); an unknown code is kept as the table's `Other`. What
/// [`code_table!`](crate::code_table)'s `Deserialize` calls.
#[doc(hidden)]
pub fn deserialize_code<'de, T: CodeTable, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_any(CodeVisitor { object: true }).map(|code| T::from_code(&code))
}

/// Reads a wire code: a string or an integer, and when `object`, also `{"code": …, "name": …}`.
struct CodeVisitor {
    object: bool,
}

impl<'de> Visitor<'de> for CodeVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a wire code (a string or an integer)")?;
        if self.object { f.write_str(" or {\"code\": …, \"name\": …}") } else { Ok(()) }
    }

    fn visit_str<E: de::Error>(self, code: &str) -> Result<String, E> {
        Ok(code.to_owned())
    }

    fn visit_i64<E: de::Error>(self, code: i64) -> Result<String, E> {
        Ok(code.to_string())
    }

    fn visit_u64<E: de::Error>(self, code: u64) -> Result<String, E> {
        Ok(code.to_string())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
        if !self.object {
            return Err(de::Error::invalid_type(de::Unexpected::Map, &self));
        }
        let mut code = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "code" => code = Some(map.next_value::<CodeOnly>()?.0),
                "name" => {
                    map.next_value::<de::IgnoredAny>()?;
                }
                other => return Err(de::Error::unknown_field(other, &["code", "name"])),
            }
        }
        code.ok_or_else(|| de::Error::missing_field("code"))
    }
}

/// The `code` of the object form: a string or an integer.
struct CodeOnly(String);

impl<'de> Deserialize<'de> for CodeOnly {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CodeVisitor { object: false }).map(CodeOnly)
    }
}

#[cfg(test)]
#[allow(dead_code, reason = "the test table leaves most of `code_table!`'s methods unused")]
mod tests {
    use super::*;
    use crate::Code;

    #[derive(Debug, Clone, PartialEq)]
    enum State {
        Shipped,
        Other(String),
    }

    impl CodeTable for State {
        const KNOWN: &'static [(Self, Code)] =
            &[(Self::Shipped, Code { code: "400", zh: Some("已发货"), en: None, meaning: "已发货" })];
        fn unknown(raw: String) -> Self {
            Self::Other(raw)
        }
        fn unknown_code(&self) -> Option<&str> {
            match self {
                Self::Other(raw) => Some(raw),
                _ => None,
            }
        }
    }

    crate::code_table!(State, Shipped);

    #[derive(Debug, serde::Deserialize)]
    struct Doc {
        state: State,
        at: BeijingTime,
        note: Personal,
    }

    fn doc(json: &str) -> Result<Doc, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn every_json_form_of_a_code_reads_the_same_value() {
        for state in [r#""400""#, "400", r#"{"code": "400", "name": "Shipped"}"#, r#"{"name": null, "code": 400}"#] {
            let json = format!(r#"{{"state": {state}, "at": "2026-11-01 08:00:00", "note": "x"}}"#);
            assert_eq!(doc(&json).unwrap().state, State::Shipped, "{state}");
        }
        let unknown = doc(r#"{"state": "7", "at": "2026-11-01 08:00:00", "note": "x"}"#).unwrap();
        assert_eq!(unknown.state, State::Other("7".into()));
    }

    #[test]
    fn what_serialises_reads_back() {
        let json = r#"{"state": "400", "at": "2026-11-01 08:00:00", "note": "张三"}"#;
        let read = doc(json).unwrap();
        assert_eq!(read.at.to_string(), "2026-11-01 08:00:00");
        assert_eq!(read.note.expose(), "张三");
        let written = serde_json::to_value(&read.state).unwrap();
        assert_eq!(serde_json::from_value::<State>(written).unwrap(), State::Shipped);
    }

    #[test]
    fn malformed_values_are_errors_naming_the_problem() {
        for (json, expected) in [
            (r#"{"state": true, "at": "2026-11-01 08:00:00", "note": "x"}"#, "a wire code"),
            (r#"{"state": {"name": "Shipped"}, "at": "2026-11-01 08:00:00", "note": "x"}"#, "missing field `code`"),
            (r#"{"state": {"code": "4", "colour": 1}, "at": "2026-11-01 08:00:00", "note": "x"}"#, "unknown field"),
            (r#"{"state": {"code": {"code": "4"}}, "at": "2026-11-01 08:00:00", "note": "x"}"#, "invalid type: map"),
            (r#"{"state": "400", "at": "2026-11-01T08:00:00", "note": "x"}"#, "yyyy-MM-dd HH:mm:ss"),
            (r#"{"state": "400", "at": "2026-11-01 08:00:00", "note": 5}"#, "invalid type"),
        ] {
            let error = doc(json).unwrap_err().to_string();
            assert!(error.contains(expected), "{json}: {error}");
        }
    }
}
