//! `Call`: one method call as data (what the runtime signs, sends and retries), built from a
//! [`Method`](crate::Method) by [`Call::of`]; and the client-side checks generated code runs.

use std::borrow::Cow;
use std::fmt;

use rust_decimal::Decimal;

use crate::wire::WireValue;
use crate::{BeijingTime, Error, Method, MethodInfo, Provenance, Safety, Transport};

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
    /// The body of a document the protocol completes and encodes (Dangdang: the children of
    /// `<request>`, to which it adds the declaration, `functionID` and `time`, in GBK).
    Fragment(String),
    /// Bytes sent as they are (zip archives).
    Bytes(Vec<u8>),
}

/// One call, ready to sign and send. `Debug` shows parameter names and value sizes, never values
/// (they may be buyer personal data).
#[derive(Clone, PartialEq)]
pub struct Call {
    /// What the spec says of the method (the dotted name, transport and safety are read from it).
    pub info: MethodInfo,
    /// Business parameters `(wire name, value)` in order.
    pub params: Vec<(Cow<'static, str>, String)>,
    /// The uploaded document, for multipart calls.
    pub upload: Option<Upload>,
    /// The JSON request body, for methods that send one. `Debug` shows its size only.
    pub json: Option<String>,
}

impl Call {
    /// The call a request makes: its parameters written and checked, its upload built.
    pub fn of<M: Method + ?Sized>(request: &M) -> Result<Call, Error> {
        let mut params = Params::new(M::INFO.name);
        request.write(&mut params)?;
        Ok(Call { info: M::INFO, params: params.pairs, upload: request.upload()?, json: request.json()? })
    }

    /// A call of a method the spec does not know, or with parameters written by hand (add an
    /// upload or a JSON body by setting [`Call::upload`] or [`Call::json`]).
    pub fn raw(
        method: &'static str,
        transport: Transport,
        safety: Safety,
        params: Vec<(Cow<'static, str>, String)>,
    ) -> Call {
        let info = MethodInfo {
            name: method,
            legacy_url: None,
            rust_name: "",
            group: "",
            transport,
            safety,
            provenance: Provenance::Unknown,
            upload_field: None,
            typed_response: false,
        };
        Call { info, params, upload: None, json: None }
    }

    /// The dotted method name.
    pub fn method(&self) -> &'static str {
        self.info.name
    }
}

impl fmt::Debug for UploadBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UploadBody::Fragment(text) => write!(f, "Fragment({} bytes)", text.len()),
            UploadBody::Bytes(bytes) => write!(f, "Bytes({} bytes)", bytes.len()),
        }
    }
}

impl fmt::Debug for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let params: Vec<String> =
            self.params.iter().map(|(name, value)| format!("{name} ({} bytes)", value.len())).collect();
        f.debug_struct("Call")
            .field("method", &self.info.name)
            .field("transport", &self.info.transport)
            .field("safety", &self.info.safety)
            .field("params", &params)
            .field("upload", &self.upload)
            .field("json", &self.json.as_ref().map(|json| format!("{} bytes", json.len())))
            .finish()
    }
}

/// A rule from the spec that a parameter's wire text must keep.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rule {
    /// One of these values.
    OneOf(&'static [&'static str]),
    /// At most this many comma-separated entries.
    MaxEntries(usize),
    /// At most this many characters (Unicode scalar values).
    MaxChars(usize),
    /// A number within the bounds (either optional), compared exactly as decimals.
    Range(Option<Decimal>, Option<Decimal>),
}

/// The business parameters of a call as generated code writes them, one line per parameter
/// (`params.opt("os", &self.order_state)`); the rules are checked on the wire text.
#[derive(Debug)]
pub struct Params {
    method: &'static str,
    pairs: Vec<(Cow<'static, str>, String)>,
}

impl Params {
    /// No parameters yet, for the method named `method` (named in errors).
    pub fn new(method: &'static str) -> Params {
        Params { method, pairs: Vec::new() }
    }

    /// A required parameter.
    pub fn req<T: WireValue>(&mut self, name: &'static str, value: &T) {
        self.pairs.push((Cow::Borrowed(name), value.to_wire()));
    }

    /// An optional parameter, sent when set.
    pub fn opt<T: WireValue>(&mut self, name: &'static str, value: &Option<T>) {
        if let Some(value) = value {
            self.req(name, value);
        }
    }

    /// A required parameter that must keep `rules`.
    pub fn req_checked<T: WireValue>(&mut self, name: &'static str, value: &T, rules: &[Rule]) -> Result<(), Error> {
        self.checked(name, value.to_wire(), rules)
    }

    /// An optional parameter that must keep `rules` when set.
    pub fn opt_checked<T: WireValue>(
        &mut self,
        name: &'static str,
        value: &Option<T>,
        rules: &[Rule],
    ) -> Result<(), Error> {
        match value {
            Some(value) => self.checked(name, value.to_wire(), rules),
            None => Ok(()),
        }
    }

    /// A required flag, spelt `(yes, no)` on the wire (`("1", "0")`, `("Y", "N")`, `("是", "否")`).
    pub fn req_flag(&mut self, name: &'static str, value: bool, (yes, no): (&'static str, &'static str)) {
        self.pairs.push((Cow::Borrowed(name), if value { yes } else { no }.to_owned()));
    }

    /// An optional flag, sent when set.
    pub fn opt_flag(&mut self, name: &'static str, value: Option<bool>, spelling: (&'static str, &'static str)) {
        if let Some(value) = value {
            self.req_flag(name, value, spelling);
        }
    }

    /// Parameters the spec does not know, sent as given.
    pub fn extra(&mut self, extra: &[(String, String)]) {
        self.pairs.extend(extra.iter().map(|(name, value)| (Cow::Owned(name.clone()), value.clone())));
    }

    /// At least one of the parameters must be set.
    pub fn one_of(&self, params: &[(&str, bool)]) -> Result<(), Error> {
        check_one_of(self.method, params)
    }

    /// When both ends are set, the end may not precede the start nor lie more than `days` after it.
    pub fn span(
        &self,
        start: (&str, Option<&BeijingTime>),
        end: (&str, Option<&BeijingTime>),
        days: u32,
    ) -> Result<(), Error> {
        check_span(self.method, start, end, days)
    }

    /// When both ends are set, the end may not precede the start nor lie more than `minutes` after it.
    pub fn span_minutes(
        &self,
        start: (&str, Option<&BeijingTime>),
        end: (&str, Option<&BeijingTime>),
        minutes: u32,
    ) -> Result<(), Error> {
        check_window(
            self.method,
            start,
            end,
            chrono::TimeDelta::minutes(i64::from(minutes)),
            &format!("{minutes} minutes"),
        )
    }

    /// The parameters written so far.
    pub fn pairs(&self) -> &[(Cow<'static, str>, String)] {
        &self.pairs
    }

    fn checked(&mut self, name: &'static str, text: String, rules: &[Rule]) -> Result<(), Error> {
        for rule in rules {
            check(self.method, name, &text, rule)?;
        }
        self.pairs.push((Cow::Borrowed(name), text));
        Ok(())
    }
}

/// Checks one rule on a parameter's wire text.
pub fn check(method: &'static str, param: &str, text: &str, rule: &Rule) -> Result<(), Error> {
    match *rule {
        Rule::OneOf(allowed) => check_allowed(method, param, text, allowed),
        Rule::MaxEntries(max) => check_list_len(method, param, text, max),
        Rule::MaxChars(max) => check_chars(method, param, text, max),
        Rule::Range(min, max) => check_range(method, param, text, min, max),
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
    min: Option<Decimal>,
    max: Option<Decimal>,
) -> Result<(), Error> {
    let number: Decimal = value.trim().parse().map_err(|_| {
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
    check_window(method, start, end, chrono::TimeDelta::days(i64::from(days)), &format!("{days} days"))
}

/// When both ends are set, the end may not precede the start nor lie more than `longest` after it.
fn check_window(
    method: &'static str,
    start: (&str, Option<&BeijingTime>),
    end: (&str, Option<&BeijingTime>),
    longest: chrono::TimeDelta,
    said: &str,
) -> Result<(), Error> {
    let (Some(from), Some(to)) = (start.1, end.1) else { return Ok(()) };
    let span = to.local() - from.local();
    let names = format!("{}..{}", start.0, end.0);
    if span < chrono::TimeDelta::zero() {
        Err(invalid(method, &names, "the end precedes the start"))
    } else if span > longest {
        Err(invalid(method, &names, format!("the window may span at most {said}")))
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
        let mut call = Call::raw("m", Transport::Get, Safety::Read, vec![("consigneeName".into(), name.to_owned())]);
        call.upload = Some(Upload {
            field: "f",
            filename: "f.xml",
            max_bytes: None,
            body: UploadBody::Fragment(format!("<a>{name}</a>")),
        });
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
        let hour_later: BeijingTime = "2015-03-01 01:00:00".parse().unwrap();
        let params = Params::new("m");
        assert!(params.span_minutes(("a", Some(&start)), ("b", Some(&hour_later)), 60).is_ok());
        let error = params.span_minutes(("a", Some(&start)), ("b", Some(&hour_later)), 59).unwrap_err();
        assert_eq!(error.to_string(), "m: invalid `a..b`: the window may span at most 59 minutes");
    }
}
