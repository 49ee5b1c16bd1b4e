//! The spec model of what a method sends and receives: parameters, rules, the upload and the
//! element trees (with `shape:` references to shared shapes), pagination and result codes.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::Shape;

/// How a list parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListForm {
    /// One value, the entries joined with `,` (`o=1,2,3`).
    Comma,
    /// The key once per entry (`cus_id[]=1&cus_id[]=2`).
    Repeat,
}

/// One business parameter.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    /// Name on the wire, exactly (`lastModifyTime_start`).
    pub wire: String,
    /// Rust name override (default: snake_case of `wire`).
    #[serde(default)]
    pub rust: Option<String>,
    /// Value type: a scalar (`int`, `long`, `decimal`, `datetime`, `date`, `string`, `bool01`,
    /// `boolyn`) or a named type from `types`.
    #[serde(rename = "type")]
    pub ty: String,
    /// Required parameters become constructor arguments.
    #[serde(default)]
    pub required: bool,
    /// The server-side default when the parameter is omitted (documentation only; never sent).
    #[serde(default)]
    pub default: Option<serde_yaml::Value>,
    /// The only values the server accepts; checked before sending.
    #[serde(default)]
    pub allowed: Vec<serde_yaml::Value>,
    /// A list of values of `type`, and how it travels: `comma` (one value, entries joined with `,`)
    /// or `repeat` (the key once per entry, `cus_id[]=1&cus_id[]=2`). The Rust field is a `Vec`.
    #[serde(default)]
    pub list: Option<ListForm>,
    /// List parameter (`list:`): the most entries allowed, checked before sending.
    #[serde(default)]
    pub max_items: Option<u32>,
    /// Most characters allowed (counted as Unicode characters), checked before sending.
    #[serde(default)]
    pub max_chars: Option<u32>,
    /// Smallest numeric value allowed, checked before sending.
    #[serde(default)]
    pub min: Option<serde_yaml::Number>,
    /// Largest numeric value allowed, checked before sending.
    #[serde(default)]
    pub max: Option<serde_yaml::Number>,
    /// Limits in words (shown in docs when not machine-checkable).
    #[serde(default)]
    pub limits: Option<String>,
    /// Buyer personal data (names, phones, addresses): the Rust type is `Personal`, which
    /// never shows its value in `Debug`; text values only.
    #[serde(default)]
    pub personal: bool,
    /// Meaning. Chinese meaning, as Dangdang words it.
    #[serde(default)]
    pub zh: Option<String>,
    /// English summary.
    #[serde(default)]
    pub en: Option<String>,
    /// Certainty and sources, as in the reference (`[2+] DOC-132, DG`).
    #[serde(default)]
    pub cert: Option<String>,
}

/// A constraint over several parameters, checked before sending. Exactly one key is set.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// At least one of these parameters (wire names) must be set.
    #[serde(default)]
    pub one_of: Option<Vec<String>>,
    /// Two date-time parameters whose span is capped.
    #[serde(default)]
    pub max_span: Option<MaxSpan>,
}

/// Span cap between a start and an end date-time parameter: exactly one of `days` and `minutes`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaxSpan {
    /// Start parameter (wire name).
    pub start: String,
    /// End parameter (wire name).
    pub end: String,
    /// Largest allowed span in days.
    #[serde(default)]
    pub days: Option<u32>,
    /// Largest allowed span in minutes.
    #[serde(default)]
    pub minutes: Option<u32>,
}

/// The unit of a `max_span` cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanUnit {
    /// Whole days.
    Days,
    /// Minutes.
    Minutes,
}

impl MaxSpan {
    /// The cap and its unit, when exactly one of `days` and `minutes` is given.
    pub fn limit(&self) -> Option<(u32, SpanUnit)> {
        match (self.days, self.minutes) {
            (Some(days), None) => Some((days, SpanUnit::Days)),
            (None, Some(minutes)) => Some((minutes, SpanUnit::Minutes)),
            _ => None,
        }
    }
}

/// One positional argument of a JSON body (`wangdian-json`). Its kind follows from its keys
/// ([`Arg::kind`]): an object flattened into the request (`flatten: true` with `fields:`), a scalar
/// (`type:` a value type), a list of a shared shape (`type: list` with `shape:`), or an untyped JSON
/// value (`type: json`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arg {
    /// The argument's name in the documentation (also the default Rust name, snake_case).
    pub name: String,
    /// Rust name override of a scalar, list or JSON argument (default: snake_case of `name`).
    #[serde(default)]
    pub rust: Option<String>,
    /// A value type, `list` (with `shape:`) or `json`; absent for a flattened object.
    #[serde(default, rename = "type")]
    pub ty: Option<String>,
    /// Required arguments become `Request::new` arguments (a flattened object: see its fields).
    #[serde(default)]
    pub required: bool,
    /// The object's fields become the request's own fields and setters (needs `fields:`).
    #[serde(default)]
    pub flatten: bool,
    /// The fields of a flattened object, as `params:` entries.
    #[serde(default)]
    pub fields: Vec<Param>,
    /// The shape of each item of a `type: list` argument, from `shapes:`.
    #[serde(default)]
    pub shape: Option<String>,
    /// Buyer personal data (text scalars only).
    #[serde(default)]
    pub personal: bool,
    /// Scalars: the only values accepted, checked before sending.
    #[serde(default)]
    pub allowed: Vec<serde_yaml::Value>,
    /// Scalars: most characters, checked before sending.
    #[serde(default)]
    pub max_chars: Option<u32>,
    /// Scalars: smallest number, checked before sending.
    #[serde(default)]
    pub min: Option<serde_yaml::Number>,
    /// Scalars: largest number, checked before sending.
    #[serde(default)]
    pub max: Option<serde_yaml::Number>,
    /// Meaning, as the documentation words it.
    #[serde(default)]
    pub zh: Option<String>,
    /// English summary.
    #[serde(default)]
    pub en: Option<String>,
    /// Certainty and sources.
    #[serde(default)]
    pub cert: Option<String>,
}

/// What a positional argument is.
#[derive(Debug, Clone, Copy)]
pub enum ArgKind<'a> {
    /// An object whose fields are the request's own (`flatten: true`, `fields:`).
    Flatten(&'a [Param]),
    /// One value of a value type.
    Scalar(&'a str),
    /// A list of objects of a shared shape.
    List(&'a str),
    /// An untyped JSON value.
    Json,
}

impl Arg {
    /// True when the argument states value checks (`allowed`, `max_chars`, `min`, `max`).
    pub fn has_checks(&self) -> bool {
        !self.allowed.is_empty() || self.max_chars.is_some() || self.min.is_some() || self.max.is_some()
    }

    /// The argument's kind, or why its keys name none (validation reports it as E071/E072).
    pub fn kind(&self) -> Result<ArgKind<'_>, &'static str> {
        let ty = self.ty.as_deref();
        if self.flatten || !self.fields.is_empty() {
            return match (self.flatten, self.fields.is_empty(), ty, &self.shape) {
                (true, false, None, None) => Ok(ArgKind::Flatten(&self.fields)),
                (false, _, _, _) => Err("`fields:` needs `flatten: true` (an object argument is flattened)"),
                (true, true, _, _) => Err("`flatten: true` needs `fields:` (only an object can be flattened)"),
                (true, false, _, _) => Err("a flattened object takes no `type:` or `shape:`"),
            };
        }
        match (ty, &self.shape) {
            (Some("json"), None) => Ok(ArgKind::Json),
            (Some("list"), Some(shape)) => Ok(ArgKind::List(shape)),
            (Some("list"), None) => Err("`type: list` needs `shape:` (the shape of each item)"),
            (Some(_), Some(_)) => Err("`shape:` goes with `type: list` only"),
            (Some(ty), None) => Ok(ArgKind::Scalar(ty)),
            (None, _) => {
                Err("an argument needs `type:` (a value type, `list` or `json`) or `flatten: true` with `fields:`")
            }
        }
    }
}

/// The uploaded document of a multipart method.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Upload {
    /// Multipart field name (`sendGoods`).
    pub field: String,
    /// File name sent with the part (default `<field>.xml`).
    #[serde(default)]
    pub filename: Option<String>,
    /// `xml` (a GBK XML document built from `document`) or `zip` (bytes supplied by the caller).
    pub format: UploadFormat,
    /// Size cap in bytes, checked before sending.
    #[serde(default)]
    pub max_bytes: Option<u64>,
    /// Children of `<request>` after `functionID` and `time`.
    #[serde(default)]
    pub document: Vec<Element>,
}

/// Upload payload formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UploadFormat {
    /// GBK XML built from the typed document.
    Xml,
    /// A zip archive the caller supplies as bytes.
    Zip,
}

/// One XML element in a request or response tree.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Element {
    /// Element name, exactly as on the wire, misspellings included.
    pub name: String,
    /// Rust field name override (default: snake_case of `name`).
    #[serde(default)]
    pub rust: Option<String>,
    /// Rust struct name override for elements with children (default: UpperCamelCase of `name`).
    #[serde(default, rename = "struct")]
    pub struct_name: Option<String>,
    /// Replies: other wire spellings of the same element, read into the same field (`itemBarcod`
    /// beside `itemBarcode`); each becomes a `#[doc(alias)]`.
    #[serde(default)]
    pub also: Vec<String>,
    /// Scalar or named type of a leaf element (default `string`). Ignored when `children` is set.
    #[serde(default, rename = "type")]
    pub ty: Option<String>,
    /// The element may occur many times (`Name*` in the reference).
    #[serde(default)]
    pub repeated: bool,
    /// The element is always present and non-empty (default: optional).
    #[serde(default)]
    pub required: bool,
    /// Buyer personal data (names, phones, addresses): the Rust type is `Personal`, which
    /// never shows its value in `Debug`; text values only.
    #[serde(default)]
    pub personal: bool,
    /// Most occurrences allowed (uploads: checked before sending).
    #[serde(default)]
    pub max_items: Option<u32>,
    /// Uploads: the only values allowed, checked before sending.
    #[serde(default)]
    pub allowed: Vec<serde_yaml::Value>,
    /// Uploads: most characters allowed, checked before sending.
    #[serde(default)]
    pub max_chars: Option<u32>,
    /// Uploads: smallest numeric value allowed, checked before sending.
    #[serde(default)]
    pub min: Option<serde_yaml::Number>,
    /// Uploads: largest numeric value allowed, checked before sending.
    #[serde(default)]
    pub max: Option<serde_yaml::Number>,
    /// Meaning. Chinese meaning, as Dangdang words it.
    #[serde(default)]
    pub zh: Option<String>,
    /// English summary.
    #[serde(default)]
    pub en: Option<String>,
    /// Certainty and sources.
    #[serde(default)]
    pub cert: Option<String>,
    /// Child elements; an element with children becomes a struct.
    #[serde(default)]
    pub children: Vec<Element>,
    /// A shared shape from `shapes:` instead of `children:` (and `struct:`): the element's struct is
    /// the shape's, generated once.
    #[serde(default)]
    pub shape: Option<String>,
}

impl Element {
    /// True for a leaf: no children and no shared shape.
    pub fn is_leaf(&self) -> bool {
        self.children.is_empty() && self.shape.is_none()
    }

    /// The element's children: its own, or those of the shared shape it names (none if unknown).
    pub fn children_in<'a>(&'a self, shapes: &'a BTreeMap<String, Shape>) -> &'a [Element] {
        match &self.shape {
            Some(name) => shapes.get(name).map_or(&[], |shape| shape.children.as_slice()),
            None => &self.children,
        }
    }
}

/// Page-numbered list methods.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pagination {
    /// Page-number parameter (wire name).
    pub page: String,
    /// The number of the first page: 0 or 1 (default 1).
    #[serde(default)]
    pub first_page: Option<i64>,
    /// Page-size parameter (wire name), if the caller may choose it.
    #[serde(default)]
    pub size: Option<String>,
    /// Response path (element names joined by `/`) of the total page count.
    #[serde(default)]
    pub total_pages: Option<String>,
    /// Response path of the total record count (instead of `total_pages`).
    #[serde(default)]
    pub total_records: Option<String>,
    /// Response path of the repeated record element; required with a typed `response:` (and
    /// always for `dangdang-xml`), left out for an untyped JSON reply.
    #[serde(default)]
    pub items: Option<String>,
}

impl Pagination {
    /// The first page when the spec does not say.
    pub const DEFAULT_FIRST_PAGE: i64 = 1;

    /// The key and response path of the stated total, if any (`total_pages` before `total_records`).
    pub fn totals(&self) -> impl Iterator<Item = (&'static str, &String)> {
        [("total_pages", &self.total_pages), ("total_records", &self.total_records)]
            .into_iter()
            .filter_map(|(key, path)| path.as_ref().map(|path| (key, path)))
    }
}

/// One method-specific result code.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Code {
    /// Numeric code.
    pub code: i64,
    /// Meaning. Chinese meaning, as Dangdang words it.
    #[serde(default)]
    pub zh: Option<String>,
    /// English summary.
    #[serde(default)]
    pub en: Option<String>,
    /// Certainty and sources.
    #[serde(default)]
    pub cert: Option<String>,
}
