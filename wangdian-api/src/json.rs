//! JSON request bodies: [`ToJson`] for argument values, [`Object`] for object arguments and
//! [`body`], the compact array of positional arguments that is signed and sent; [`de`] holds the
//! lenient readers generated responses use.

pub mod de;

use crate::{BeijingTime, CodeTable, Decimal, NaiveDate, Personal};

pub use serde_json::Value;

/// A value as a JSON request argument (generated argument structs implement it too).
pub trait ToJson {
    /// The JSON value sent.
    fn to_json(&self) -> Value;
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn to_json(&self) -> Value {
        (**self).to_json()
    }
}

impl ToJson for i32 {
    fn to_json(&self) -> Value {
        Value::from(*self)
    }
}

impl ToJson for i64 {
    fn to_json(&self) -> Value {
        Value::from(*self)
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
}

impl ToJson for str {
    fn to_json(&self) -> Value {
        Value::String(self.to_owned())
    }
}

impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}

/// A JSON number: an integer when the decimal has no fraction and fits `i64`, else the shortest
/// `f64` that reads back as the same value (exact for money up to 15 significant digits). Without
/// serde_json's `arbitrary_precision` (which would change number handling for every crate in a
/// build) a JSON number cannot carry more.
impl ToJson for Decimal {
    fn to_json(&self) -> Value {
        let normal = self.normalize();
        if normal.scale() == 0 {
            if let Ok(integer) = i64::try_from(normal) {
                return Value::from(integer);
            }
        }
        let text = normal.to_string();
        text.parse::<f64>().ok().and_then(serde_json::Number::from_f64).map_or(Value::String(text), Value::Number)
    }
}

/// `yyyy-MM-dd HH:mm:ss`, the only time format requests accept (methods reference §1.6).
impl ToJson for BeijingTime {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }
}

/// `yyyy-MM-dd`.
impl ToJson for NaiveDate {
    fn to_json(&self) -> Value {
        Value::String(self.format("%Y-%m-%d").to_string())
    }
}

impl ToJson for Personal {
    fn to_json(&self) -> Value {
        Value::String(self.expose().to_owned())
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(ToJson::to_json).collect())
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(ToJson::to_json).collect())
    }
}

/// `null` when unset.
impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToJson::to_json)
    }
}

impl ToJson for Value {
    fn to_json(&self) -> Value {
        self.clone()
    }
}

/// A code table's code: a JSON number when the code is all digits (with an optional leading `-`),
/// else a string. Code tables get their `ToJson` from this crate's `code_table!`.
pub fn code<T: CodeTable>(value: &T) -> Value {
    let code = value.code();
    let digits = code.strip_prefix('-').unwrap_or(code);
    if !digits.is_empty() && digits.bytes().all(|byte| byte.is_ascii_digit()) {
        if let Ok(number) = code.parse::<i64>() {
            return Value::from(number);
        }
    }
    Value::String(code.to_owned())
}

/// A JSON object argument built one field at a time, as generated code writes it
/// (`params.req("start_time", &self.start_time)`). Keys come out sorted (serde_json's map);
/// the gateway reads them by name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Object(serde_json::Map<String, Value>);

impl Object {
    /// No fields yet.
    pub fn new() -> Object {
        Object::default()
    }

    /// A field always sent.
    pub fn req<T: ToJson + ?Sized>(&mut self, name: &str, value: &T) {
        self.0.insert(name.to_owned(), value.to_json());
    }

    /// A field sent when set.
    pub fn opt<T: ToJson>(&mut self, name: &str, value: &Option<T>) {
        if let Some(value) = value {
            self.req(name, value);
        }
    }

    /// Fields the spec does not know, sent as given (a later one replaces an earlier one).
    pub fn extra(&mut self, fields: &[(String, Value)]) {
        for (name, value) in fields {
            self.0.insert(name.clone(), value.clone());
        }
    }

    /// The object as a JSON value.
    pub fn into_value(self) -> Value {
        Value::Object(self.0)
    }
}

impl ToJson for Object {
    fn to_json(&self) -> Value {
        Value::Object(self.0.clone())
    }
}

/// The request body: the compact JSON array of the positional arguments (no spaces, non-ASCII
/// unescaped), exactly the text signed and sent. Trailing `null`s (unset optional arguments at the
/// end) are left out, as the doc examples do (`pushSelf2` without its last argument) and as
/// waywake's Go SDK does; a `null` before a set argument stays, keeping positions.
pub fn body(mut args: Vec<Value>) -> String {
    while args.last().is_some_and(Value::is_null) {
        args.pop();
    }
    Value::Array(args).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_is_compact_and_keeps_positions() {
        let args = vec!["xc109393939393939".to_json(), "".to_json(), Decimal::new(12, 1).to_json(), 0.to_json()];
        let with_flag = [args, vec![false.to_json()]].concat();
        assert_eq!(body(with_flag), r#"["xc109393939393939","",1.2,0,false]"#);
        assert_eq!(body(vec![]), "[]");
        assert_eq!(body(vec![Value::Null, 1.to_json(), Value::Null, None::<i32>.to_json()]), "[null,1]");
        assert_eq!(body(vec!["测试/产品".to_json()]), r#"["测试/产品"]"#);
    }

    #[test]
    fn objects_skip_unset_fields_and_take_every_value_kind() {
        let mut params = Object::new();
        let start: BeijingTime = "2020-01-01 00:00:00".parse().unwrap();
        params.req("start_time", &start);
        params.opt("shop_no", &None::<String>);
        params.opt("warehouse_no", &Some("WH001".to_owned()));
        params.req("receiver", &Personal::new("张三"));
        params.req("ids", &vec![1i64, 2]);
        params.req("date", &NaiveDate::from_ymd_opt(2020, 1, 2).unwrap());
        params.req("paid", &Decimal::new(1990, 2));
        params.extra(&[("hide_delete".to_owned(), Value::from(0))]);
        let text = body(vec![params.into_value()]);
        assert_eq!(
            text,
            r#"[{"date":"2020-01-02","hide_delete":0,"ids":[1,2],"paid":19.9,"receiver":"张三","start_time":"2020-01-01 00:00:00","warehouse_no":"WH001"}]"#
        );
    }

    #[test]
    fn decimals_are_numbers_exact_to_the_cent() {
        for (decimal, json) in [
            (Decimal::new(100, 2), "1"),
            (Decimal::new(-5, 0), "-5"),
            (Decimal::new(1234567890123, 2), "12345678901.23"),
            (Decimal::new(1, 3), "0.001"),
        ] {
            assert_eq!(decimal.to_json().to_string(), json);
        }
    }
}
