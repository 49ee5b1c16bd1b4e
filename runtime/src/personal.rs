//! `Personal`: buyer personal data (consignee names, phones, addresses) that never shows in `Debug`.

use std::fmt;
use std::ops::Deref;

use crate::wire::WireValue;

/// Text that is buyer personal data: the type of every field and parameter the spec marks
/// `personal: true` (consignee names, phones and addresses, the buyer's account and message).
///
/// `Debug` prints `Personal(<redacted>)` and there is no `Display`, so logging a decoded order, a
/// request or an error never writes the data; read it on purpose through `Deref<Target = str>`
/// (`order.consignee_name.as_deref()`), [`Personal::expose`] or [`Personal::into_inner`]. It
/// goes over the wire exactly as the text inside.
///
/// ```
/// use open_platform_runtime::Personal;
///
/// let name = Personal::new("张三");
/// assert_eq!(format!("{name:?} {:?}", Some(&name)), "Personal(<redacted>) Some(Personal(<redacted>))");
/// assert_eq!(name.expose(), "张三");
/// assert_eq!(Some(name).as_deref(), Some("张三"));
/// ```
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Personal(String);

impl Personal {
    /// Wraps text.
    pub fn new(text: impl Into<String>) -> Personal {
        Personal(text.into())
    }

    /// The text itself.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The text itself, by value.
    pub fn into_inner(self) -> String {
        self.0
    }
}

impl Deref for Personal {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<String> for Personal {
    fn from(text: String) -> Personal {
        Personal(text)
    }
}

impl From<&str> for Personal {
    fn from(text: &str) -> Personal {
        Personal(text.to_owned())
    }
}

impl fmt::Debug for Personal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Personal(<redacted>)")
    }
}

impl WireValue for Personal {
    #[inline]
    fn to_wire(&self) -> String {
        self.0.clone()
    }

    #[inline]
    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Personal(text.to_owned()))
    }

    #[inline]
    fn from_wire_cow(text: std::borrow::Cow<'_, str>) -> Result<Self, String> {
        Ok(Personal(text.into_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_text_and_the_wire_text_is_the_text() {
        let phone = Personal::from_wire("13800138000").unwrap();
        assert_eq!(
            format!("{phone:?} {phone:#?} {:?}", Some(&phone)),
            "Personal(<redacted>) Personal(<redacted>) Some(Personal(<redacted>))"
        );
        assert_eq!(phone.to_wire(), "13800138000");
        let owned = Personal::from_wire_cow(std::borrow::Cow::Owned("张三".to_owned())).unwrap();
        assert_eq!((&*owned, format!("{owned:?}").as_str()), ("张三", "Personal(<redacted>)"));
        assert_eq!(&*phone, "13800138000");
        assert_eq!(phone.into_inner(), "13800138000");
    }
}
