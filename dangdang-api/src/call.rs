//! `ApiCall`: one method call as data (what generated requests produce and the client sends),
//! plus the client-side checks generated code runs before sending.

use std::borrow::Cow;
use std::fmt;

use crate::{BeijingTime, Error};

/// How a request travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transport {
    /// Every parameter in the query string of a GET.
    Get,
    /// Every parameter in an `application/x-www-form-urlencoded` POST body.
    PostForm,
    /// `multipart/form-data` POST: parameters in the query string, the document as a file part.
    Multipart,
}

/// Whether a method changes shop data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Safety {
    /// Reads only.
    Read,
    /// Changes data: never retried automatically (Dangdang has no idempotency keys).
    Write,
}

/// The uploaded part of a multipart call. `Debug` shows the content's size, never the content.
#[derive(Debug, Clone, PartialEq)]
pub struct Upload {
    /// Multipart field name (`sendGoods`).
    pub field: &'static str,
    /// File name of the part.
    pub filename: &'static str,
    /// Size cap from the spec, checked before sending.
    pub max_bytes: Option<u64>,
    /// The content.
    pub body: UploadBody,
}

/// Content of an upload. `Debug` shows its size only.
#[derive(Clone, PartialEq)]
pub enum UploadBody {
    /// Children of `<request>`; the client adds the declaration, `functionID` and `time`, and encodes GBK.
    XmlFragment(String),
    /// Bytes sent as they are (zip archives).
    Bytes(Vec<u8>),
}

/// One call, ready to sign and send. `Debug` shows parameter names and value sizes, never values
/// (they may be buyer personal data).
#[derive(Clone, PartialEq)]
pub struct ApiCall {
    /// Dotted method name.
    pub method: &'static str,
    /// How it travels.
    pub transport: Transport,
    /// Read or write.
    pub safety: Safety,
    /// Business parameters `(wire name, value)` in order.
    pub params: Vec<(Cow<'static, str>, String)>,
    /// The uploaded document, for multipart calls.
    pub upload: Option<Upload>,
}

impl fmt::Debug for UploadBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UploadBody::XmlFragment(text) => write!(f, "XmlFragment({} bytes)", text.len()),
            UploadBody::Bytes(bytes) => write!(f, "Bytes({} bytes)", bytes.len()),
        }
    }
}

impl fmt::Debug for ApiCall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let params: Vec<String> =
            self.params.iter().map(|(name, value)| format!("{name} ({} bytes)", value.len())).collect();
        f.debug_struct("ApiCall")
            .field("method", &self.method)
            .field("transport", &self.transport)
            .field("safety", &self.safety)
            .field("params", &params)
            .field("upload", &self.upload)
            .finish()
    }
}

/// The error for a broken rule. The value is never part of it (it may be buyer personal data).
fn invalid(method: &'static str, param: &str, rule: impl Into<String>) -> Error {
    Error::InvalidParam { method, param: param.to_owned(), rule: rule.into() }
}

/// The value must be one of `allowed`.
pub fn check_allowed(method: &'static str, param: &str, value: &str, allowed: &[&str]) -> Result<(), Error> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(invalid(method, param, format!("must be one of {}", allowed.join(", "))))
    }
}

/// A comma-separated list may hold at most `max` entries.
pub fn check_list_len(method: &'static str, param: &str, value: &str, max: usize) -> Result<(), Error> {
    let count = value.split(',').filter(|entry| !entry.trim().is_empty()).count();
    if count <= max {
        Ok(())
    } else {
        Err(invalid(method, param, format!("at most {max} comma-separated entries, got {count}")))
    }
}

/// At most `max` characters (Unicode scalar values, so a Chinese character counts once).
pub fn check_chars(method: &'static str, param: &str, value: &str, max: usize) -> Result<(), Error> {
    let count = value.chars().count();
    if count <= max { Ok(()) } else { Err(invalid(method, param, format!("at most {max} characters, got {count}"))) }
}

/// A number within `min..=max` (either bound optional), compared exactly as decimals. Generated
/// code passes the bounds as decimal constants the generator checked against the value's type.
pub fn check_range(
    method: &'static str,
    param: &str,
    value: &str,
    min: Option<rust_decimal::Decimal>,
    max: Option<rust_decimal::Decimal>,
) -> Result<(), Error> {
    let number: rust_decimal::Decimal = value.trim().parse().map_err(|_| {
        invalid(method, param, format!("must be a number, got {} characters that are not one", value.chars().count()))
    })?;
    let rule = match (min, max) {
        (Some(min), Some(max)) => format!("must be between {min} and {max}"),
        (Some(min), None) => format!("must be at least {min}"),
        (None, Some(max)) => format!("must be at most {max}"),
        (None, None) => return Ok(()),
    };
    let below = min.is_some_and(|min| number < min);
    let above = max.is_some_and(|max| number > max);
    if below || above { Err(invalid(method, param, rule)) } else { Ok(()) }
}

/// At most `max` repetitions of an element in an upload.
pub fn check_count(method: &'static str, element: &str, count: usize, max: usize) -> Result<(), Error> {
    if count <= max { Ok(()) } else { Err(invalid(method, element, format!("at most {max} per call, got {count}"))) }
}

/// At least one of the parameters must be set.
pub fn check_one_of(method: &'static str, params: &[(&str, bool)]) -> Result<(), Error> {
    if params.iter().any(|(_, set)| *set) {
        Ok(())
    } else {
        let names: Vec<&str> = params.iter().map(|(name, _)| *name).collect();
        Err(invalid(method, &names.join(" / "), format!("set at least one of {}", names.join(", "))))
    }
}

/// When both ends are set, the end may not precede the start nor lie more than `days` after it.
pub fn check_span(
    method: &'static str,
    start: (&str, Option<&BeijingTime>),
    end: (&str, Option<&BeijingTime>),
    days: u32,
) -> Result<(), Error> {
    let (Some(from), Some(to)) = (start.1, end.1) else { return Ok(()) };
    let span = to.local() - from.local();
    let names = format!("{}..{}", start.0, end.0);
    if span < chrono::TimeDelta::zero() {
        Err(invalid(method, &names, "the end precedes the start"))
    } else if span > chrono::TimeDelta::days(i64::from(days)) {
        Err(invalid(method, &names, format!("the window may span at most {days} days")))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_name_the_parameter_the_value_and_the_rule() {
        let error = check_allowed("m", "pageSize", "7", &["5", "10", "15", "20"]).unwrap_err();
        assert_eq!(error.to_string(), "m: invalid `pageSize`: must be one of 5, 10, 15, 20");
        assert!(check_allowed("m", "pageSize", "15", &["5", "10", "15", "20"]).is_ok());
        assert!(check_list_len("m", "o", "1,2,3", 3).is_ok());
        assert!(check_list_len("m", "o", "1,2,3,4", 3).is_err());
        assert!(check_count("m", "OrderInfo", 51, 50).is_err());
        assert!(check_one_of("m", &[("o", false), ("outerOrderID", true)]).is_ok());
        assert!(check_one_of("m", &[("o", false), ("outerOrderID", false)]).is_err());
        assert!(check_chars("m", "mo", &"退".repeat(50), 50).is_ok());
        assert_eq!(
            check_chars("m", "mo", &"退".repeat(51), 50).unwrap_err().to_string(),
            "m: invalid `mo`: at most 50 characters, got 51"
        );
        let (cent, most) = (Some(rust_decimal::Decimal::new(1, 2)), Some(rust_decimal::Decimal::new(999999999, 2)));
        assert!(check_range("m", "price", "0.01", cent, most).is_ok());
        assert!(check_range("m", "price", "0.001", cent, most).is_err());
        assert!(check_range("m", "price", "10000000", cent, most).is_err());
        assert!(check_range("m", "stk", "999999", None, Some(rust_decimal::Decimal::from(999999))).is_ok());
    }

    #[test]
    fn errors_and_debug_never_repeat_values() {
        let name = "张三丰 13800138000";
        let errors = [
            check_allowed("m", "p", name, &["a"]).unwrap_err(),
            check_list_len("m", "p", &format!("{name},{name}"), 1).unwrap_err(),
            check_chars("m", "p", name, 2).unwrap_err(),
            check_range("m", "p", name, Some(rust_decimal::Decimal::ONE), None).unwrap_err(),
        ];
        let call = ApiCall {
            method: "m",
            transport: Transport::Get,
            safety: Safety::Read,
            params: vec![("consigneeName".into(), name.to_owned())],
            upload: Some(Upload {
                field: "f",
                filename: "f.xml",
                max_bytes: None,
                body: UploadBody::XmlFragment(format!("<a>{name}</a>")),
            }),
        };
        for shown in errors.iter().map(|error| format!("{error} {error:?}")).chain([format!("{call:?}")]) {
            assert!(!shown.contains("13800138000") && !shown.contains("张三"), "{shown}");
        }
        assert!(format!("{call:?}").contains("consigneeName"));
    }

    #[test]
    fn spans_are_checked_only_when_both_ends_are_set() {
        let start: BeijingTime = "2015-03-01 00:00:00".parse().unwrap();
        let inside: BeijingTime = "2015-03-16 00:00:00".parse().unwrap();
        let outside: BeijingTime = "2015-03-16 00:00:01".parse().unwrap();
        assert!(check_span("m", ("a", Some(&start)), ("b", Some(&inside)), 15).is_ok());
        assert!(check_span("m", ("a", Some(&start)), ("b", Some(&outside)), 15).is_err());
        assert!(check_span("m", ("a", Some(&inside)), ("b", Some(&start)), 15).is_err());
        assert!(check_span("m", ("a", None), ("b", Some(&start)), 15).is_ok());
    }
}
