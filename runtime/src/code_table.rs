//! `CodeTable`: the spec's code tables (enums with an `Other` for unknown codes) as one table of
//! data each, with their behaviour written once here.

/// One known code of a table: the wire code and what it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    /// The wire code.
    pub code: &'static str,
    /// The Chinese name as the platform words it, when the spec has one.
    pub zh: Option<&'static str>,
    /// The English summary, when the spec has one.
    pub en: Option<&'static str>,
    /// What the code means (Chinese meaning — English summary).
    pub meaning: &'static str,
}

/// A code table from a spec's `types:`: known variants plus `Other(raw)` for codes the spec does
/// not know. Generated enums implement it with a table; [`code_table!`](crate::code_table) adds
/// the inherent methods and `Display`, and [`WireValue`](crate::wire::WireValue) comes with it.
pub trait CodeTable: Sized + Clone + PartialEq + 'static {
    /// Every known variant with its code, in spec order.
    const KNOWN: &'static [(Self, Code)];

    /// The variant for a code the spec does not know.
    fn unknown(raw: String) -> Self;

    /// The raw code of an unknown variant, `None` for a known one.
    fn unknown_code(&self) -> Option<&str>;

    /// The entry of a known variant.
    fn entry(&self) -> Option<&'static Code> {
        Self::KNOWN.iter().find(|(known, _)| known == self).map(|(_, code)| code)
    }

    /// The wire code.
    fn code(&self) -> &str {
        match self.unknown_code() {
            Some(raw) => raw,
            None => self.entry().map_or("", |entry| entry.code),
        }
    }

    /// Decodes a wire code (trimmed); unknown codes become the `Other` variant.
    fn from_code(code: &str) -> Self {
        let code = code.trim();
        match Self::KNOWN.iter().find(|(_, entry)| entry.code == code) {
            Some((known, _)) => known.clone(),
            None => Self::unknown(code.to_owned()),
        }
    }
}

/// The inherent methods (`code`, `from_code`, `name`, `meaning`, `zh`, `en`) and `Display` of a
/// generated code table, over its [`CodeTable`] impl; `code_table!(Table, KnownVariant, …)`.
///
/// When the calling crate's feature `serde` is on (it enables this crate's), also `Serialize` as
/// `{"code": "<wire code>", "name": "<variant>"}`, an unknown code with `"name": null`, and
/// `Deserialize` from that or from the bare wire code.
#[macro_export]
macro_rules! code_table {
    ($name:ident $(, $variant:ident)* $(,)?) => {
        #[cfg(feature = "serde")]
        impl $crate::__serde::Serialize for $name {
            fn serialize<S: $crate::__serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $crate::serialize_code(self, self.name(), serializer)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> $crate::__serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::deserialize_code(deserializer)
            }
        }

        impl $name {
            /// The name of a known code's variant (`"Shipped"`), `None` for an unknown code.
            pub fn name(&self) -> Option<&'static str> {
                match self {
                    // A raw identifier (`r#type`) is named without its `r#`.
                    $(Self::$variant => Some(stringify!($variant).trim_start_matches("r#")),)*
                    #[allow(unreachable_patterns)]
                    _ => None,
                }
            }

            /// The wire code.
            pub fn code(&self) -> &str {
                $crate::CodeTable::code(self)
            }

            /// Decodes a wire code; unknown codes become [`Self::Other`].
            pub fn from_code(code: &str) -> Self {
                $crate::CodeTable::from_code(code)
            }

            /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
            pub fn meaning(&self) -> Option<&'static str> {
                $crate::CodeTable::entry(self).map(|entry| entry.meaning)
            }

            /// The Chinese name of the code as the platform words it, when the spec has one.
            pub fn zh(&self) -> Option<&'static str> {
                $crate::CodeTable::entry(self).and_then(|entry| entry.zh)
            }

            /// The English summary of the code, when the spec has one.
            pub fn en(&self) -> Option<&'static str> {
                $crate::CodeTable::entry(self).and_then(|entry| entry.en)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}
