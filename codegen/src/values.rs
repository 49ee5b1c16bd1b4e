//! Value types shared by validation, lowering and emission: the scalar and code-table types a
//! parameter or leaf may have, and YAML scalars read as wire text.

use std::collections::BTreeMap;

use crate::model::EnumType;

/// The value type of a parameter or a leaf element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueType {
    /// `int`: i32.
    Int,
    /// `long`: i64 (ids).
    Long,
    /// `decimal`: exact money, rust_decimal.
    Decimal,
    /// `datetime`: `yyyy-MM-dd HH:mm:ss`, Beijing local time.
    DateTime,
    /// `date`: `yyyy-MM-dd`.
    Date,
    /// `string`: text.
    String,
    /// `string` marked `personal: true`: buyer personal data, `Personal` (redacted in `Debug`).
    PersonalText,
    /// `bool01`: `0` / `1`.
    Bool01,
    /// `boolyn`: `Y` / `N`.
    BoolYn,
    /// `boolzh`: `是` / `否`.
    BoolZh,
    /// `bool` (JSON protocols): `true` / `false`, read also from `0` / `1`.
    Bool,
    /// `json` (JSON protocols): any JSON value, sent and read as it is.
    Json,
    /// `xml` (XML protocols, uploads only): an element whose children the reference does not give;
    /// the caller builds them as an `XmlElement`.
    Xml,
    /// A code table from `types:`.
    Enum(String),
}

impl ValueType {
    /// Scalar type names a spec may use.
    pub const SCALARS: &'static [&'static str] =
        &["int", "long", "decimal", "datetime", "date", "string", "bool01", "boolyn", "boolzh", "bool", "json", "xml"];

    /// Scalars only JSON protocols carry (XML has no spelling for them).
    pub const JSON_ONLY: &'static [&'static str] = &["bool", "json"];

    /// Types only XML protocols carry, in uploads only.
    pub const XML_ONLY: &'static [&'static str] = &["xml"];

    /// Resolves a spec type name against the scalars and the named types.
    pub fn resolve(name: &str, types: &BTreeMap<String, EnumType>) -> Option<ValueType> {
        Some(match name {
            "int" => ValueType::Int,
            "long" => ValueType::Long,
            "decimal" => ValueType::Decimal,
            "datetime" => ValueType::DateTime,
            "date" => ValueType::Date,
            "string" => ValueType::String,
            "bool01" => ValueType::Bool01,
            "boolyn" => ValueType::BoolYn,
            "boolzh" => ValueType::BoolZh,
            "bool" => ValueType::Bool,
            "json" => ValueType::Json,
            "xml" => ValueType::Xml,
            other if types.contains_key(other) => ValueType::Enum(other.to_owned()),
            _ => return None,
        })
    }

    /// The type of a value declared `ty`, `personal` or not (validation reports `personal` on
    /// anything but text, and unknown types).
    pub fn of_value(ty: &str, personal: bool, types: &BTreeMap<String, EnumType>) -> ValueType {
        match ValueType::resolve(ty, types).unwrap_or(ValueType::String) {
            ValueType::String if personal => ValueType::PersonalText,
            other => other,
        }
    }

    /// The boolean wire spelling (`true`, `false`) for boolean types.
    pub fn bool_spelling(&self) -> Option<(&'static str, &'static str)> {
        match self {
            ValueType::Bool01 => Some(("1", "0")),
            ValueType::BoolYn => Some(("Y", "N")),
            ValueType::BoolZh => Some(("是", "否")),
            _ => None,
        }
    }
}

/// A YAML scalar as text (numbers and strings alike).
pub fn scalar_text(value: &serde_yaml::Value) -> Option<String> {
    match value {
        serde_yaml::Value::Number(n) => Some(n.to_string()),
        serde_yaml::Value::String(s) => Some(s.clone()),
        serde_yaml::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}
