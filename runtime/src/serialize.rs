//! `serde::Serialize` of the runtime's values (feature `serde`): a [`BeijingTime`] as its wire text,
//! [`Personal`] text as itself (or `[personal]` inside [`with_personal_masked`]), a code table as
//! `{"code": …, "name": …}`. `Decimal` comes from `rust_decimal`'s `serde` feature: a string
//! (`"12.50"`), exact where a JSON number would go through a float.

use std::cell::Cell;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::{BeijingTime, CodeTable, Error, Method, Paged, Personal, RawBody};

/// What personal text serialises as inside [`with_personal_masked`].
pub const MASKED: &str = "[personal]";

thread_local! {
    /// Whether [`Personal`] serialises as [`MASKED`] on this thread.
    static MASKING: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with every [`Personal`] value serialising as `"[personal]"` on this thread (a tool
/// printing replies for a person to read); outside it, personal text serialises as itself, the
/// value an ERP stores. The previous setting comes back when `f` returns or panics.
pub fn with_personal_masked<R>(f: impl FnOnce() -> R) -> R {
    /// Restores the previous setting on drop.
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            MASKING.with(|masking| masking.set(self.0));
        }
    }
    let _restore = Restore(MASKING.with(|masking| masking.replace(true)));
    f()
}

impl Serialize for BeijingTime {
    /// The wire text, `yyyy-MM-dd HH:mm:ss` (Beijing time).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Serialize for Personal {
    /// The text itself, or `"[personal]"` inside [`with_personal_masked`].
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if MASKING.with(Cell::get) { serializer.serialize_str(MASKED) } else { serializer.serialize_str(self.expose()) }
    }
}

/// A code table's value as `{"code": "<wire code>", "name": "<variant>"}`; an unknown code keeps
/// its raw value with `"name": null`. What [`code_table!`](crate::code_table)'s `Serialize` calls.
#[doc(hidden)]
pub fn serialize_code<T: CodeTable, S: Serializer>(
    value: &T,
    name: Option<&'static str>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut out = serializer.serialize_struct("Code", 2)?;
    out.serialize_field("code", value.code())?;
    out.serialize_field("name", &name)?;
    out.end()
}

/// The typed reply of `M` as JSON: what generated `decode_json` functions call per method.
#[doc(hidden)]
pub fn typed_json<M: Method>(body: &RawBody) -> Result<serde_json::Value, Error>
where
    M::Response: Serialize,
{
    // Generated types serialise to JSON without failing (string keys, no custom errors); were one
    // to fail, it is reported as a decoding error keeping the body.
    json_of::<M, _>(&M::decode(body)?, body)
}

/// The records of `M`'s page as JSON, one value each: what generated `decode_items_json`
/// functions call per paged method.
#[doc(hidden)]
pub fn typed_items_json<M: Paged>(body: &RawBody) -> Result<Vec<serde_json::Value>, Error>
where
    M::Response: Send + 'static,
    M::Item: Serialize,
{
    let mut response = M::decode(body)?;
    M::items(&mut response).iter().map(|item| json_of::<M, _>(item, body)).collect()
}

/// `value` as JSON; a failure (which generated types do not have) is a decoding error of `M`.
fn json_of<M: Method, T: Serialize>(value: &T, body: &RawBody) -> Result<serde_json::Value, Error> {
    serde_json::to_value(value).map_err(|error| Error::Decode {
        method: M::INFO.name,
        path: ".".to_owned(),
        message: format!("the typed reply does not serialise to JSON: {error}"),
        raw: body.clone(),
    })
}

#[cfg(test)]
// The test table leaves most of `code_table!`'s methods unused, and names a variant as a raw
// identifier (as a spec could, `r#type`).
#[allow(dead_code, non_camel_case_types)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::{Code, Decimal};

    #[derive(Debug, Clone, PartialEq)]
    enum State {
        Shipped,
        r#type,
        Other(String),
    }

    impl CodeTable for State {
        const KNOWN: &'static [(Self, Code)] = &[
            (Self::Shipped, Code { code: "400", zh: Some("已发货"), en: None, meaning: "已发货" }),
            (Self::r#type, Code { code: "9", zh: None, en: None, meaning: "type" }),
        ];
        fn unknown(raw: String) -> Self {
            Self::Other(raw)
        }
        fn unknown_code(&self) -> Option<&str> {
            if let Self::Other(raw) = self { Some(raw) } else { None }
        }
    }

    crate::code_table!(State, Shipped, r#type);

    #[test]
    fn values_serialise_as_their_wire_text() {
        let time: BeijingTime = "2015-03-20 15:10:50".parse().unwrap();
        let value = serde_json::json!({
            "time": time,
            "price": "12.50".parse::<Decimal>().unwrap(),
            "date": NaiveDate::from_ymd_opt(2015, 3, 20).unwrap(),
            "known": State::from_code("400"),
            "unknown": State::from_code(" 777 "),
        });
        assert_eq!(
            value.to_string(),
            r#"{"date":"2015-03-20","known":{"code":"400","name":"Shipped"},"price":"12.50","time":"2015-03-20 15:10:50","unknown":{"code":"777","name":null}}"#
        );
        assert_eq!(State::Shipped.name(), Some("Shipped"));
        assert_eq!(State::r#type.name(), Some("type"), "a raw identifier without its `r#`");
        assert_eq!(State::Other("1".into()).name(), None);
    }

    #[test]
    fn personal_text_is_itself_unless_masked_and_masking_ends_with_its_scope() {
        let phone = Personal::new("13800138000");
        assert_eq!(serde_json::to_string(&phone).unwrap(), r#""13800138000""#);
        let masked = with_personal_masked(|| serde_json::to_string(&[&phone, &phone]).unwrap());
        assert_eq!(masked, r#"["[personal]","[personal]"]"#);
        let nested = with_personal_masked(|| {
            with_personal_masked(|| ());
            serde_json::to_string(&phone).unwrap()
        });
        assert_eq!(nested, r#""[personal]""#, "an inner scope leaves the outer one masked");
        let unwound = std::panic::catch_unwind(|| with_personal_masked(|| panic!("in the scope")));
        assert!(unwound.is_err());
        assert_eq!(serde_json::to_string(&phone).unwrap(), r#""13800138000""#, "a panic ends the scope");
    }
}
