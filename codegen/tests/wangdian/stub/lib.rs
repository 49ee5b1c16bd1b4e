//! A stub of `wangdian-api`'s crate root: the items the generated code names (the contract of
//! `notes/wangdian_design.md` §2), with just enough behaviour to compile. Not the real crate.

#![allow(dead_code)]

#[cfg(test)]
mod behaviour;
#[rustfmt::skip]
mod generated;

pub use open_platform_runtime as rt;
pub use rt::{
    BeijingTime, Code, CodeTable, Decimal, Error, Method, MethodInfo, NaiveDate, Paged, Params, Personal, Provenance,
    RawBody, Rule, Safety, Total, Transport,
};

/// The runtime's `code_table!` plus `json::ToJson` (as the real crate's).
macro_rules! code_table {
    ($name:ident) => {
        $crate::rt::code_table!($name);

        impl $crate::json::ToJson for $name {
            fn to_json(&self) -> $crate::json::Value {
                $crate::json::Value::String($crate::rt::CodeTable::code(self).to_owned())
            }
        }
    };
}
pub(crate) use code_table;

#[cfg(feature = "goods")]
pub use generated::goods;
#[cfg(feature = "setting")]
pub use generated::setting;
#[cfg(feature = "trade")]
pub use generated::trade;
pub use generated::{METHODS, types};

/// The client the generated one-line methods extend.
#[derive(Debug, Clone)]
pub struct Client(rt::Client);

impl std::ops::Deref for Client {
    type Target = rt::Client;

    fn deref(&self) -> &rt::Client {
        &self.0
    }
}

/// JSON values, objects and bodies.
pub mod json {
    pub use serde_json::Value;

    /// A value as JSON.
    pub trait ToJson {
        /// The JSON value.
        fn to_json(&self) -> Value;
    }

    macro_rules! via_wire_text {
        ($($ty:ty),*) => {$(
            impl ToJson for $ty {
                fn to_json(&self) -> Value {
                    Value::String(crate::rt::wire::text(self))
                }
            }
        )*};
    }
    via_wire_text!(String, crate::Decimal, crate::BeijingTime, crate::NaiveDate, crate::Personal);

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

    impl ToJson for Value {
        fn to_json(&self) -> Value {
            self.clone()
        }
    }

    impl<T: ToJson> ToJson for Vec<T> {
        fn to_json(&self) -> Value {
            Value::Array(self.iter().map(ToJson::to_json).collect())
        }
    }

    impl<T: ToJson> ToJson for Option<T> {
        fn to_json(&self) -> Value {
            self.as_ref().map_or(Value::Null, ToJson::to_json)
        }
    }

    /// An object built key by key.
    #[derive(Debug, Default)]
    pub struct Object(serde_json::Map<String, Value>);

    impl Object {
        /// An empty object.
        pub fn new() -> Self {
            Self::default()
        }

        /// Sets `key`.
        pub fn req(&mut self, key: &str, value: &impl ToJson) {
            self.0.insert(key.to_owned(), value.to_json());
        }

        /// Sets `key` when `value` is set.
        pub fn opt<T: ToJson>(&mut self, key: &str, value: &Option<T>) {
            if let Some(value) = value {
                self.req(key, value);
            }
        }

        /// The object as a value.
        pub fn into_value(self) -> Value {
            Value::Object(self.0)
        }
    }

    /// The compact JSON array of positional arguments.
    pub fn body(args: Vec<Value>) -> String {
        Value::Array(args).to_string()
    }

    /// Deserialization helpers the generated reply structs name.
    pub mod de {
        use serde::{Deserialize, Deserializer};

        use crate::rt::wire::WireValue;

        fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
            Ok(match serde_json::Value::deserialize(d)? {
                serde_json::Value::String(s) if s.is_empty() => None,
                serde_json::Value::String(s) => Some(s),
                serde_json::Value::Null => None,
                other => Some(other.to_string()),
            })
        }

        /// An optional value.
        pub fn opt<'de, D: Deserializer<'de>, T: WireValue>(d: D) -> Result<Option<T>, D::Error> {
            text(d)?.map(|t| T::from_wire(&t).map_err(serde::de::Error::custom)).transpose()
        }

        /// An optional time.
        pub fn opt_time<'de, D: Deserializer<'de>>(d: D) -> Result<Option<crate::BeijingTime>, D::Error> {
            opt(d)
        }

        /// An optional flag.
        pub fn opt_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
            Ok(text(d)?.map(|t| t == "true" || t == "1"))
        }

        /// A required value.
        pub fn req<'de, D: Deserializer<'de>, T: WireValue>(d: D) -> Result<T, D::Error> {
            opt(d)?.ok_or_else(|| serde::de::Error::custom("missing"))
        }

        /// A required time.
        pub fn req_time<'de, D: Deserializer<'de>>(d: D) -> Result<crate::BeijingTime, D::Error> {
            req(d)
        }

        /// A required flag.
        pub fn req_bool<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
            opt_bool(d)?.ok_or_else(|| serde::de::Error::custom("missing"))
        }

        /// A list of values read from their wire text; null is empty.
        pub fn scalar_list<'de, D: Deserializer<'de>, T: WireValue>(d: D) -> Result<Vec<T>, D::Error> {
            let values = Option::<Vec<serde_json::Value>>::deserialize(d)?.unwrap_or_default();
            let text = |value: serde_json::Value| match value {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            values.into_iter().map(|v| T::from_wire(&text(v)).map_err(serde::de::Error::custom)).collect()
        }

        /// A list; null is empty.
        pub fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
            Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
        }
    }
}

/// Reply decoders the generated `decode` calls.
pub mod decode {
    use crate::{Error, RawBody};

    /// The envelope into `T` (the status already classified).
    pub fn classified<T: serde::de::DeserializeOwned>(method: &'static str, body: &RawBody) -> Result<T, Error> {
        serde_json::from_slice(body.bytes()).map_err(|e| Error::Decode {
            method,
            path: ".".into(),
            message: e.to_string(),
            raw: body.clone(),
        })
    }

    /// The envelope's `data` (the status already classified).
    pub fn classified_data(method: &'static str, body: &RawBody) -> Result<crate::json::Value, Error> {
        let value: crate::json::Value = classified(method, body)?;
        Ok(value.get("data").cloned().unwrap_or_default())
    }
}
