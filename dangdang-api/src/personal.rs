//! `Personal<T>`: buyer personal data (consignee names, phones, addresses) that never shows in `Debug`.

use std::fmt;

use crate::wire::WireValue;

/// A value that is buyer personal data. `Debug` prints `Personal(<redacted>)` and there is no
/// `Display`; read the value explicitly with [`Personal::expose`] or [`Personal::into_inner`].
///
/// Decodes from and encodes to the wire like the value inside, so a response field of type
/// `Option<Personal<String>>` decodes exactly as `Option<String>` would.
///
/// ```
/// use dangdang_api::Personal;
///
/// let name = Personal::new("张三".to_owned());
/// assert_eq!(format!("{name:?}"), "Personal(<redacted>)");
/// assert_eq!(name.expose(), "张三");
/// ```
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Personal<T>(T);

impl<T> Personal<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Personal<T> {
        Personal(value)
    }

    /// The value itself.
    pub fn expose(&self) -> &T {
        &self.0
    }

    /// The value itself, by value.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> fmt::Debug for Personal<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Personal(<redacted>)")
    }
}

impl<T: WireValue> WireValue for Personal<T> {
    fn to_wire(&self) -> String {
        self.0.to_wire()
    }

    /// Parses like `T`; a failure never repeats the text (it is personal data).
    fn from_wire(text: &str) -> Result<Self, String> {
        T::from_wire(text)
            .map(Personal)
            .map_err(|_| format!("a {}-character personal value does not parse", text.chars().count()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_value_and_the_wire_text_is_the_value() {
        let phone = Personal::<String>::from_wire("13800138000").unwrap();
        assert_eq!(format!("{phone:?} {:?}", Some(&phone)), "Personal(<redacted>) Some(Personal(<redacted>))");
        assert_eq!(phone.to_wire(), "13800138000");
        let error = Personal::<i64>::from_wire("13800x38000").unwrap_err();
        assert!(!error.contains("13800"), "{error}");
    }
}
